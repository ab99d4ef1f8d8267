import type { EventName, EventPayload } from '../shared/bridge';

export type EventListener = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

/** Main-side events, fanned out to every connected renderer by the shell that owns it. */
export class EventHub {
  private readonly listeners = new Set<EventListener>();

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) listener(name, payload);
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
