/**
 * Nonces seen within the timestamp window. A signed request may be replayed for as long as its
 * timestamp is inside the ±600 s window, so a nonce is remembered for twice the window after it
 * was first seen; older ones are dropped in arrival order (a Map keeps insertion order).
 */
export interface NonceStore {
  /** Records the nonce; false when it was already used by this access key. */
  claim(accessKey: string, nonce: string, wallNowMs: number): boolean;
  clear(): void;
  readonly size: number;
}

export function createNonceStore(windowMs: number): NonceStore {
  const seenAt = new Map<string, number>();
  const keepMs = windowMs * 2;

  function prune(wallNowMs: number): void {
    for (const [key, at] of seenAt) {
      if (wallNowMs - at < keepMs) break;
      seenAt.delete(key);
    }
  }

  return {
    claim(accessKey, nonce, wallNowMs) {
      prune(wallNowMs);
      const key = `${accessKey}\n${nonce}`;
      if (seenAt.has(key)) return false;
      seenAt.set(key, wallNowMs);
      return true;
    },
    clear: () => seenAt.clear(),
    get size() {
      return seenAt.size;
    },
  };
}
