// Texts of the profiles settings, the connection test and the profile switcher in the header.
export const profiles = {
  en: {
    title: 'Profiles',
    hint: 'A profile is one PandaPon account on this computer. The profile in use signs every request; you can switch at any time.',
    listLabel: 'Profiles on this computer',
    demo: 'Demo',
    demoHint: 'Built in: a practice PandaPon running on this computer. Nothing is bought for real.',
    active: 'In use',
    baseUrl: 'Base URL',
    baseUrlStarting: 'Starts when first used',
    accessKey: 'Access key',
    userId: 'User-id',
    secret: 'Access secret',
    secretSaved: 'In the keychain, ends in {{hint}}',
    secretBuiltIn: 'Built in',
    secretMissing: 'None saved',
    timestampUnit: 'Timestamp unit',
    timestampUnitIs: 'Timestamp unit: {{unit}}',
    unit: { ms: 'Milliseconds', s: 'Seconds' },
    actions: {
      add: 'Add profile',
      use: 'Use this profile',
      useNamed: 'Use the profile {{name}}',
      test: 'Test connection',
      testNamed: 'Test the connection of {{name}}',
      edit: 'Edit',
      editNamed: 'Edit the profile {{name}}',
      delete: 'Delete',
      deleteNamed: 'Delete the profile {{name}}',
    },
    form: {
      addTitle: 'Add a PandaPon profile',
      editTitle: 'Edit {{name}}',
      name: 'Name',
      nameHint: 'Only for you, for example “Shop A – main account”.',
      accessKeyHint: 'From the PandaPon console, under AccessKey management.',
      secretHintNew:
        'Goes straight to this computer’s keychain. PandaPon Desk never shows it again, not even to you.',
      secretHintEdit:
        'Leave empty to keep the saved secret (ends in {{hint}}). A new one replaces it in the keychain.',
      secretHintEditNone: 'No secret is saved yet. Enter it to use this profile.',
      userIdHint: 'Your PandaPon user-id, usually digits only.',
      baseUrlHint: 'Keep the default unless PandaPon gave you another address.',
      timestampHint:
        'PandaPon’s documentation uses milliseconds. If PandaPon wants seconds, the connection test finds out and switches.',
      activate: 'Use this profile after saving',
      save: 'Save and test',
      cancel: 'Cancel',
      invalid: {
        name: 'Give the profile a name of at most 60 characters.',
        nameTaken: 'Another profile already has this name.',
        accessKey: 'The access key has 8 to 128 letters, digits, “-” or “_”.',
        userId: 'The user-id has 1 to 64 letters, digits, “-” or “_”.',
        secret: 'The access secret has 8 to 256 characters, without spaces.',
        baseUrl: 'Enter an address starting with https:// (or http://), without a user name.',
      },
    },
    deleteDialog: {
      title: 'Delete the profile {{name}}?',
      body: 'Its details and its secret in the keychain are removed from this computer. Nothing changes on PandaPon itself, and you can add the profile again later.',
      activeNote: 'This profile is in use. PandaPon Desk switches to the Demo profile.',
      confirm: 'Delete profile',
      cancel: 'Keep it',
    },
    test: {
      running: 'Testing the connection…',
      title: {
        ok: 'Connected',
        failed: 'Connection test failed',
      },
      outcome: {
        ok: 'PandaPon accepted this profile.',
        auth_rejected:
          'PandaPon refused the access key or secret. Copy both again from the PandaPon console (AccessKey management) and check the user-id.',
        clock_skew:
          'This computer’s clock is off. Set the date and time automatically, then test again.',
        clockAhead:
          'This computer’s clock is {{seconds}} s ahead of PandaPon’s. Set the date and time automatically, then test again.',
        clockBehind:
          'This computer’s clock is {{seconds}} s behind PandaPon’s. Set the date and time automatically, then test again.',
        unreachable:
          'PandaPon could not be reached. Check the internet connection, any proxy or firewall, and the base URL.',
        not_pandapon:
          'A server answered, but not like PandaPon. Check the base URL (usually https://api.pandapon.com).',
        no_secret:
          'No access secret is saved for this profile. Edit it and enter the access secret.',
        keychain_unavailable:
          'The secret cannot be read because the system keychain is not available. See the note above.',
        pandapon_error: 'PandaPon answered with an error. Its message is below.',
      },
      latency: 'Answered in {{ms}} ms',
      unit: 'Timestamp unit that works: {{unit}}',
      testedAt: 'Tested {{age}}',
      requestId: 'Request id {{id}}',
      serverSaid: 'PandaPon said: {{message}}',
    },
    keychain: {
      title: 'The system keychain cannot be used',
      body: 'PandaPon Desk keeps access secrets only in the system keychain, never in a file, so your own profiles cannot be saved or used until it works. The Demo profile works without it.',
      recheck: 'Check again',
      problem: {
        module_missing: {
          linux:
            'The keychain part of PandaPon Desk could not be loaded. Install libsecret (for example “sudo apt install libsecret-1-0”), then reinstall PandaPon Desk.',
          darwin:
            'The keychain part of PandaPon Desk could not be loaded. Reinstall PandaPon Desk.',
          win32: 'The keychain part of PandaPon Desk could not be loaded. Reinstall PandaPon Desk.',
        },
        no_session_bus: {
          linux:
            'No Secret Service is reachable (there is no D-Bus session). Start PandaPon Desk from a desktop session where GNOME Keyring or KWallet runs.',
          darwin: 'The macOS Keychain cannot be reached. Log in to your Mac session and try again.',
          win32: 'Windows Credential Manager cannot be reached. Sign in to Windows and try again.',
        },
        keyring_locked: {
          linux:
            'The login keyring is locked or missing. Unlock it (or create one) in “Passwords and Keys” or KWallet, then check again.',
          darwin:
            'The macOS login keychain is locked. Unlock it in Keychain Access (or log in again), then check again.',
          win32:
            'Windows Credential Manager is not available for this account. Sign in to Windows interactively, then check again.',
        },
        access_denied: {
          linux:
            'Access to the keyring was refused. Allow PandaPon Desk when the keyring asks, then check again.',
          darwin:
            'Access to the macOS Keychain was refused. Click “Allow” when macOS asks, then check again.',
          win32:
            'Access to Windows Credential Manager was refused. Try again as the signed-in user.',
        },
        unknown: {
          linux:
            'The keychain failed. Check that GNOME Keyring or KWallet is running and unlocked.',
          darwin: 'The macOS Keychain failed. Check that the login keychain is unlocked.',
          win32: 'Windows Credential Manager failed. Sign in again and retry.',
        },
      },
      memory:
        'Secrets are kept in memory for this run only (test mode). They are forgotten when PandaPon Desk closes.',
    },
    switcher: {
      label: 'Profile in use: {{name}}',
      heading: 'Switch profile',
      manage: 'Manage profiles…',
      failed: 'Could not switch the profile.',
    },
  },
  'zh-CN': {
    title: '账户',
    hint: '每个账户对应本机上的一个 PandaPon 账号。所有请求都用当前账户签名，可随时切换。',
    listLabel: '本机上的账户',
    demo: '演示',
    demoHint: '内置：在本机运行的练习版 PandaPon，不会真实下单。',
    active: '使用中',
    baseUrl: '接口地址',
    baseUrlStarting: '首次使用时启动',
    accessKey: 'Access Key',
    userId: 'User-id',
    secret: 'Access Secret',
    secretSaved: '已存入钥匙串，末四位 {{hint}}',
    secretBuiltIn: '内置',
    secretMissing: '未保存',
    timestampUnit: '时间戳单位',
    timestampUnitIs: '时间戳单位：{{unit}}',
    unit: { ms: '毫秒', s: '秒' },
    actions: {
      add: '添加账户',
      use: '使用此账户',
      useNamed: '使用账户 {{name}}',
      test: '测试连接',
      testNamed: '测试 {{name}} 的连接',
      edit: '编辑',
      editNamed: '编辑账户 {{name}}',
      delete: '删除',
      deleteNamed: '删除账户 {{name}}',
    },
    form: {
      addTitle: '添加 PandaPon 账户',
      editTitle: '编辑 {{name}}',
      name: '名称',
      nameHint: '仅供自己识别，例如“店铺 A – 主账号”。',
      accessKeyHint: '在 PandaPon 控制台的 AccessKey 管理中获取。',
      secretHintNew: '直接存入本机系统钥匙串。PandaPon Desk 之后不会再显示它，包括对您本人。',
      secretHintEdit:
        '留空则保留已保存的密钥（末四位 {{hint}}）。填写新密钥会替换钥匙串中的旧密钥。',
      secretHintEditNone: '尚未保存密钥。请填写后才能使用此账户。',
      userIdHint: '您的 PandaPon User-id，通常只有数字。',
      baseUrlHint: '除非 PandaPon 给了您其他地址，否则保持默认。',
      timestampHint: 'PandaPon 文档使用毫秒。如果 PandaPon 要求秒，连接测试会自动发现并切换。',
      activate: '保存后使用此账户',
      save: '保存并测试',
      cancel: '取消',
      invalid: {
        name: '请为账户起一个不超过 60 个字符的名称。',
        nameTaken: '已有账户使用此名称。',
        accessKey: 'Access Key 由 8 到 128 个字母、数字、“-”或“_”组成。',
        userId: 'User-id 由 1 到 64 个字母、数字、“-”或“_”组成。',
        secret: 'Access Secret 为 8 到 256 个字符，不含空格。',
        baseUrl: '请输入以 https://（或 http://）开头、不含用户名的地址。',
      },
    },
    deleteDialog: {
      title: '删除账户 {{name}}？',
      body: '将从本机删除此账户的信息及其在钥匙串中的密钥。PandaPon 上的数据不受影响，之后可以重新添加。',
      activeNote: '此账户正在使用中，PandaPon Desk 将切换到演示账户。',
      confirm: '删除账户',
      cancel: '保留',
    },
    test: {
      running: '正在测试连接…',
      title: {
        ok: '连接成功',
        failed: '连接测试失败',
      },
      outcome: {
        ok: 'PandaPon 已接受此账户。',
        auth_rejected:
          'PandaPon 拒绝了 Access Key 或密钥。请从 PandaPon 控制台（AccessKey 管理）重新复制两者，并检查 User-id。',
        clock_skew: '本机时钟不准。请开启自动设置日期和时间，然后再测试。',
        clockAhead: '本机时钟比 PandaPon 快 {{seconds}} 秒。请开启自动设置日期和时间，然后再测试。',
        clockBehind:
          '本机时钟比 PandaPon 慢 {{seconds}} 秒。请开启自动设置日期和时间，然后再测试。',
        unreachable: '无法连接 PandaPon。请检查网络连接、代理或防火墙，以及接口地址。',
        not_pandapon:
          '服务器有响应，但不像 PandaPon。请检查接口地址（通常为 https://api.pandapon.com）。',
        no_secret: '此账户未保存 Access Secret。请编辑账户并填写密钥。',
        keychain_unavailable: '系统钥匙串不可用，无法读取密钥。请参阅上方说明。',
        pandapon_error: 'PandaPon 返回了错误，详情见下方。',
      },
      latency: '响应用时 {{ms}} 毫秒',
      unit: '可用的时间戳单位：{{unit}}',
      testedAt: '测试于{{age}}',
      requestId: '请求 ID {{id}}',
      serverSaid: 'PandaPon 返回：{{message}}',
    },
    keychain: {
      title: '系统钥匙串不可用',
      body: 'PandaPon Desk 只把 Access Secret 保存在系统钥匙串中，从不写入文件。在钥匙串恢复之前，无法保存或使用您自己的账户。演示账户不受影响。',
      recheck: '重新检查',
      problem: {
        module_missing: {
          linux:
            '无法加载 PandaPon Desk 的钥匙串组件。请安装 libsecret（例如“sudo apt install libsecret-1-0”），然后重新安装 PandaPon Desk。',
          darwin: '无法加载 PandaPon Desk 的钥匙串组件。请重新安装 PandaPon Desk。',
          win32: '无法加载 PandaPon Desk 的钥匙串组件。请重新安装 PandaPon Desk。',
        },
        no_session_bus: {
          linux:
            '找不到 Secret Service（没有 D-Bus 会话）。请在运行 GNOME Keyring 或 KWallet 的桌面会话中启动 PandaPon Desk。',
          darwin: '无法访问 macOS 钥匙串。请登录 Mac 后重试。',
          win32: '无法访问 Windows 凭据管理器。请登录 Windows 后重试。',
        },
        keyring_locked: {
          linux:
            '登录钥匙环已锁定或不存在。请在“密码和密钥”或 KWallet 中解锁（或新建），然后重新检查。',
          darwin: 'macOS 登录钥匙串已锁定。请在“钥匙串访问”中解锁（或重新登录），然后重新检查。',
          win32: '此账号无法使用 Windows 凭据管理器。请以交互方式登录 Windows，然后重新检查。',
        },
        access_denied: {
          linux: '访问钥匙环被拒绝。钥匙环询问时请允许 PandaPon Desk，然后重新检查。',
          darwin: '访问 macOS 钥匙串被拒绝。macOS 询问时请点击“允许”，然后重新检查。',
          win32: '访问 Windows 凭据管理器被拒绝。请以当前登录用户身份重试。',
        },
        unknown: {
          linux: '钥匙串出错。请确认 GNOME Keyring 或 KWallet 正在运行且已解锁。',
          darwin: 'macOS 钥匙串出错。请确认登录钥匙串已解锁。',
          win32: 'Windows 凭据管理器出错。请重新登录后重试。',
        },
      },
      memory: '密钥仅在本次运行中保存在内存里（测试模式），关闭 PandaPon Desk 后即被清除。',
    },
    switcher: {
      label: '当前账户：{{name}}',
      heading: '切换账户',
      manage: '管理账户…',
      failed: '无法切换账户。',
    },
  },
  th: {
    title: 'โปรไฟล์',
    hint: 'โปรไฟล์หนึ่งคือบัญชี PandaPon หนึ่งบัญชีบนเครื่องนี้ โปรไฟล์ที่ใช้งานอยู่จะลงนามทุกคำขอ และสลับได้ทุกเมื่อ',
    listLabel: 'โปรไฟล์บนเครื่องนี้',
    demo: 'ทดลอง',
    demoHint: 'มีมาในตัว: PandaPon จำลองที่ทำงานบนเครื่องนี้ ไม่มีการซื้อจริง',
    active: 'กำลังใช้',
    baseUrl: 'Base URL',
    baseUrlStarting: 'เริ่มเมื่อใช้งานครั้งแรก',
    accessKey: 'Access key',
    userId: 'User-id',
    secret: 'รหัสลับ (Access secret)',
    secretSaved: 'อยู่ในพวงกุญแจ ลงท้ายด้วย {{hint}}',
    secretBuiltIn: 'มีมาในตัว',
    secretMissing: 'ยังไม่ได้บันทึก',
    timestampUnit: 'หน่วยของ timestamp',
    timestampUnitIs: 'หน่วยของ timestamp: {{unit}}',
    unit: { ms: 'มิลลิวินาที', s: 'วินาที' },
    actions: {
      add: 'เพิ่มโปรไฟล์',
      use: 'ใช้โปรไฟล์นี้',
      useNamed: 'ใช้โปรไฟล์ {{name}}',
      test: 'ทดสอบการเชื่อมต่อ',
      testNamed: 'ทดสอบการเชื่อมต่อของ {{name}}',
      edit: 'แก้ไข',
      editNamed: 'แก้ไขโปรไฟล์ {{name}}',
      delete: 'ลบ',
      deleteNamed: 'ลบโปรไฟล์ {{name}}',
    },
    form: {
      addTitle: 'เพิ่มโปรไฟล์ PandaPon',
      editTitle: 'แก้ไข {{name}}',
      name: 'ชื่อ',
      nameHint: 'สำหรับคุณเท่านั้น เช่น “ร้าน A – บัญชีหลัก”',
      accessKeyHint: 'ดูได้จากคอนโซล PandaPon ในเมนู AccessKey management',
      secretHintNew: 'ส่งตรงไปยังพวงกุญแจของเครื่องนี้ PandaPon Desk จะไม่แสดงอีกเลย แม้แต่กับคุณ',
      secretHintEdit: 'เว้นว่างไว้เพื่อใช้รหัสลับเดิม (ลงท้ายด้วย {{hint}}) ถ้ากรอกใหม่จะแทนที่รหัสเดิมในพวงกุญแจ',
      secretHintEditNone: 'ยังไม่มีรหัสลับที่บันทึกไว้ กรอกเพื่อใช้โปรไฟล์นี้',
      userIdHint: 'User-id ของคุณใน PandaPon ปกติเป็นตัวเลขเท่านั้น',
      baseUrlHint: 'ใช้ค่าเริ่มต้น เว้นแต่ PandaPon ให้ที่อยู่อื่นมา',
      timestampHint:
        'เอกสารของ PandaPon ใช้มิลลิวินาที ถ้า PandaPon ต้องการวินาที การทดสอบการเชื่อมต่อจะตรวจพบและสลับให้',
      activate: 'ใช้โปรไฟล์นี้หลังบันทึก',
      save: 'บันทึกและทดสอบ',
      cancel: 'ยกเลิก',
      invalid: {
        name: 'ตั้งชื่อโปรไฟล์ไม่เกิน 60 ตัวอักษร',
        nameTaken: 'มีโปรไฟล์อื่นใช้ชื่อนี้แล้ว',
        accessKey: 'Access key ประกอบด้วยตัวอักษร ตัวเลข “-” หรือ “_” 8 ถึง 128 ตัว',
        userId: 'User-id ประกอบด้วยตัวอักษร ตัวเลข “-” หรือ “_” 1 ถึง 64 ตัว',
        secret: 'รหัสลับมี 8 ถึง 256 ตัวอักษร และไม่มีช่องว่าง',
        baseUrl: 'กรอกที่อยู่ที่ขึ้นต้นด้วย https:// (หรือ http://) โดยไม่มีชื่อผู้ใช้',
      },
    },
    deleteDialog: {
      title: 'ลบโปรไฟล์ {{name}} หรือไม่',
      body: 'ข้อมูลของโปรไฟล์และรหัสลับในพวงกุญแจจะถูกลบออกจากเครื่องนี้ ข้อมูลบน PandaPon ไม่เปลี่ยนแปลง และเพิ่มโปรไฟล์นี้กลับมาได้ภายหลัง',
      activeNote: 'โปรไฟล์นี้กำลังใช้งานอยู่ PandaPon Desk จะสลับไปใช้โปรไฟล์ทดลอง',
      confirm: 'ลบโปรไฟล์',
      cancel: 'เก็บไว้',
    },
    test: {
      running: 'กำลังทดสอบการเชื่อมต่อ…',
      title: {
        ok: 'เชื่อมต่อสำเร็จ',
        failed: 'ทดสอบการเชื่อมต่อไม่สำเร็จ',
      },
      outcome: {
        ok: 'PandaPon ยอมรับโปรไฟล์นี้แล้ว',
        auth_rejected:
          'PandaPon ปฏิเสธ access key หรือรหัสลับ โปรดคัดลอกทั้งสองค่าจากคอนโซล PandaPon (AccessKey management) อีกครั้ง และตรวจสอบ user-id',
        clock_skew: 'นาฬิกาของเครื่องนี้ไม่ตรง โปรดตั้งวันที่และเวลาอัตโนมัติ แล้วทดสอบอีกครั้ง',
        clockAhead:
          'นาฬิกาของเครื่องนี้เร็วกว่าของ PandaPon {{seconds}} วินาที โปรดตั้งวันที่และเวลาอัตโนมัติ แล้วทดสอบอีกครั้ง',
        clockBehind:
          'นาฬิกาของเครื่องนี้ช้ากว่าของ PandaPon {{seconds}} วินาที โปรดตั้งวันที่และเวลาอัตโนมัติ แล้วทดสอบอีกครั้ง',
        unreachable: 'เชื่อมต่อ PandaPon ไม่ได้ โปรดตรวจสอบอินเทอร์เน็ต พร็อกซีหรือไฟร์วอลล์ และ Base URL',
        not_pandapon:
          'มีเซิร์ฟเวอร์ตอบกลับ แต่ไม่ใช่รูปแบบของ PandaPon โปรดตรวจสอบ Base URL (ปกติคือ https://api.pandapon.com)',
        no_secret: 'โปรไฟล์นี้ยังไม่มีรหัสลับ โปรดแก้ไขโปรไฟล์และกรอกรหัสลับ',
        keychain_unavailable: 'อ่านรหัสลับไม่ได้เพราะพวงกุญแจของระบบใช้งานไม่ได้ ดูคำอธิบายด้านบน',
        pandapon_error: 'PandaPon ตอบกลับเป็นข้อผิดพลาด ดูข้อความด้านล่าง',
      },
      latency: 'ตอบกลับใน {{ms}} มิลลิวินาที',
      unit: 'หน่วย timestamp ที่ใช้ได้: {{unit}}',
      testedAt: 'ทดสอบเมื่อ {{age}}',
      requestId: 'รหัสคำขอ {{id}}',
      serverSaid: 'PandaPon แจ้งว่า: {{message}}',
    },
    keychain: {
      title: 'ใช้พวงกุญแจของระบบไม่ได้',
      body: 'PandaPon Desk เก็บรหัสลับไว้ในพวงกุญแจของระบบเท่านั้น ไม่เคยเขียนลงไฟล์ จึงบันทึกหรือใช้โปรไฟล์ของคุณเองไม่ได้จนกว่าพวงกุญแจจะใช้งานได้ โปรไฟล์ทดลองยังใช้ได้ตามปกติ',
      recheck: 'ตรวจสอบอีกครั้ง',
      problem: {
        module_missing: {
          linux:
            'โหลดส่วนพวงกุญแจของ PandaPon Desk ไม่ได้ โปรดติดตั้ง libsecret (เช่น “sudo apt install libsecret-1-0”) แล้วติดตั้ง PandaPon Desk ใหม่',
          darwin: 'โหลดส่วนพวงกุญแจของ PandaPon Desk ไม่ได้ โปรดติดตั้ง PandaPon Desk ใหม่',
          win32: 'โหลดส่วนพวงกุญแจของ PandaPon Desk ไม่ได้ โปรดติดตั้ง PandaPon Desk ใหม่',
        },
        no_session_bus: {
          linux:
            'ไม่พบ Secret Service (ไม่มี D-Bus session) โปรดเปิด PandaPon Desk จากเดสก์ท็อปที่มี GNOME Keyring หรือ KWallet ทำงานอยู่',
          darwin: 'เข้าถึง Keychain ของ macOS ไม่ได้ โปรดเข้าสู่ระบบ Mac แล้วลองอีกครั้ง',
          win32: 'เข้าถึง Windows Credential Manager ไม่ได้ โปรดลงชื่อเข้าใช้ Windows แล้วลองอีกครั้ง',
        },
        keyring_locked: {
          linux:
            'พวงกุญแจสำหรับเข้าสู่ระบบถูกล็อกหรือไม่มีอยู่ โปรดปลดล็อก (หรือสร้างใหม่) ใน “Passwords and Keys” หรือ KWallet แล้วตรวจสอบอีกครั้ง',
          darwin:
            'Keychain สำหรับเข้าสู่ระบบของ macOS ถูกล็อก โปรดปลดล็อกใน Keychain Access (หรือเข้าสู่ระบบใหม่) แล้วตรวจสอบอีกครั้ง',
          win32:
            'บัญชีนี้ใช้ Windows Credential Manager ไม่ได้ โปรดลงชื่อเข้าใช้ Windows แบบโต้ตอบ แล้วตรวจสอบอีกครั้ง',
        },
        access_denied: {
          linux: 'ถูกปฏิเสธการเข้าถึงพวงกุญแจ โปรดอนุญาต PandaPon Desk เมื่อระบบถาม แล้วตรวจสอบอีกครั้ง',
          darwin:
            'ถูกปฏิเสธการเข้าถึง Keychain ของ macOS โปรดคลิก “Allow” เมื่อ macOS ถาม แล้วตรวจสอบอีกครั้ง',
          win32: 'ถูกปฏิเสธการเข้าถึง Windows Credential Manager โปรดลองอีกครั้งในฐานะผู้ใช้ที่ลงชื่อเข้าใช้อยู่',
        },
        unknown: {
          linux: 'พวงกุญแจทำงานผิดพลาด โปรดตรวจสอบว่า GNOME Keyring หรือ KWallet ทำงานอยู่และปลดล็อกแล้ว',
          darwin: 'Keychain ของ macOS ทำงานผิดพลาด โปรดตรวจสอบว่า Keychain สำหรับเข้าสู่ระบบปลดล็อกแล้ว',
          win32: 'Windows Credential Manager ทำงานผิดพลาด โปรดลงชื่อเข้าใช้ใหม่แล้วลองอีกครั้ง',
        },
      },
      memory: 'รหัสลับถูกเก็บไว้ในหน่วยความจำเฉพาะการทำงานครั้งนี้ (โหมดทดสอบ) และจะหายไปเมื่อปิด PandaPon Desk',
    },
    switcher: {
      label: 'โปรไฟล์ที่ใช้งาน: {{name}}',
      heading: 'สลับโปรไฟล์',
      manage: 'จัดการโปรไฟล์…',
      failed: 'สลับโปรไฟล์ไม่สำเร็จ',
    },
  },
};
