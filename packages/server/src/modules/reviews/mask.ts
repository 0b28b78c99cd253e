/**
 * The reviewer as the public sees them: the first character and one star ("张三丰" -> "张*",
 * "Alice" -> "A*"). One star whatever the length, so the mask does not tell how long the name is.
 */
export function maskReviewerName(name: string): string {
  const first = Array.from(name.trim())[0];
  return first ? `${first}*` : '*';
}
