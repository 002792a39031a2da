// `hotline apikey add|list|revoke` — API keys for Open311 clients.

export async function apikeyCommand(_args: string[]): Promise<number> {
  console.error('未实现');
  return 2;
}
