/**
 * A small seeded random source (mulberry32). The catalogue must be the same on every start with
 * the same seed, so nothing in the generator may call Math.random.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  chance(probability: number): boolean;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)] as (typeof list)[number],
    chance: (probability) => next() < probability,
  };
}

/** FNV-1a: a stable 32-bit hash of a string, used to derive ids and seeds from names. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const HEX = '0123456789abcdef';

/**
 * `length` characters of `alphabet` drawn from mulberry32 seeded with the hash of `source`: the
 * same sequence `createRng(hashString(source)).int(0, alphabet.length - 1)` gives, inlined
 * because the catalogue draws about a million of them at startup.
 */
function idFrom(source: string, length: number, alphabet: string): string {
  let state = hashString(source);
  let id = '';
  for (let index = 0; index < length; index += 1) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const next = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    id += alphabet[Math.floor(next * alphabet.length)];
  }
  return id;
}

/** An opaque id that looks like PandaPon's encrypted ids (`L0PTnwSnx_dWNZWCtgK7Gg`). */
export function opaqueId(source: string, length = 22): string {
  return idFrom(source, length, ID_ALPHABET);
}

/** A 32-character hex id like a 1688 `specId`. */
export function hexId(source: string): string {
  return idFrom(source, 32, HEX);
}
