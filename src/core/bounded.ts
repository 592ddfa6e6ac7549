/**
 * Sets `key` as the newest entry of `map`, then drops the oldest entries
 * beyond `max`: a long-lived page that keeps meeting new URLs holds a few.
 */
export function setNewest<K, V>(map: Map<K, V>, key: K, value: V, max: number) {
  map.delete(key);
  map.set(key, value);
  for (const oldest of map.keys()) {
    if (map.size <= max) break;
    map.delete(oldest);
  }
}
