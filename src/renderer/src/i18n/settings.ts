// Texts of the settings page frame; each settings section brings its own namespace.
export const settings = {
  en: {
    title: 'Settings',
    language: 'Language',
    languageHint: 'Every screen, number, date and amount follows this language.',
    general: 'General',
    about: 'About',
  },
  'zh-CN': {
    title: '设置',
    language: '语言',
    languageHint: '所有界面、数字、日期和金额都会按此语言显示。',
    general: '常规',
    about: '关于',
  },
  th: {
    title: 'การตั้งค่า',
    language: 'ภาษา',
    languageHint: 'ทุกหน้าจอ ตัวเลข วันที่ และจำนวนเงินจะแสดงตามภาษานี้',
    general: 'ทั่วไป',
    about: 'เกี่ยวกับ',
  },
};
