/** "1 reply", "2 replies", "0 replies"; `many` defaults to `one` + "s". The one way the app counts things. */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}
