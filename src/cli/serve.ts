/**
 * @module
 * `ketenpoort serve`: start the gateway, as `npm start` does.
 */
export async function serve(): Promise<number> {
  await import('../node.js');
  return 0;
}
