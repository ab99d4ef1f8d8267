/**
 * What the order and checkout pages hide until asked: the middle of a phone number, so a
 * screenshot or a glance over the shoulder does not carry the recipient's number.
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return phone.replace(/\d/g, '•');
  const keepStart = digits.length >= 11 ? 3 : 2;
  const head = digits.slice(0, keepStart);
  const tail = digits.slice(-4);
  return `${phone.trim().startsWith('+') ? '+' : ''}${head}${'•'.repeat(digits.length - keepStart - 4)}${tail}`;
}

/** "Zhejiang Hangzhou Xihu, 1 Wensan Road" without empty parts. */
export function addressLine(address: {
  readonly province: string;
  readonly city: string;
  readonly district: string;
  readonly address: string;
}): string {
  // Addresses often repeat the district (or city) in the street line; it is shown once.
  const region = [address.province, address.city, address.district]
    .filter((part) => part && !address.address.includes(part))
    .join(' ');
  return [region, address.address].filter(Boolean).join(', ');
}
