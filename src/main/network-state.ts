import type { EventHub } from './events';

/**
 * Whether PandaPon was reachable on the last attempt. The client reports each outcome; the
 * renderer gets an `app.online` event only when the state changes.
 */
export class NetworkState {
  private current = true;

  constructor(private readonly events: EventHub) {}

  get online(): boolean {
    return this.current;
  }

  report(online: boolean): void {
    if (online === this.current) return;
    this.current = online;
    this.events.emit('app.online', { online, checkedAt: new Date().toISOString() });
  }
}
