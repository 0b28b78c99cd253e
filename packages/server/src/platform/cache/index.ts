export { InProcessBroadcaster, RedisBroadcaster, type Broadcaster } from './broadcaster.ts';
export { ReadCache, type ReadCacheOptions } from './read-cache.ts';
export { InProcessVersions, RedisVersions, type SharedVersions } from './versions.ts';
