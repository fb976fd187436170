/**
 * Browser stand-in for Node's `events`: xmlbuilder2 defines its callback builder as
 * `class XMLBuilderCBImpl extends EventEmitter` at load time. The validator only uses the document
 * builder, so a minimal emitter is enough. TEMPORARY, like ./node-buffer.ts.
 */
export class EventEmitter {
  private readonly handlers = new Map<string, ((...a: unknown[]) => void)[]>();
  on(event: string, fn: (...a: unknown[]) => void): this {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), fn]);
    return this;
  }
  once(event: string, fn: (...a: unknown[]) => void): this {
    const w = (...a: unknown[]): void => {
      this.off(event, w);
      fn(...a);
    };
    return this.on(event, w);
  }
  off(event: string, fn: (...a: unknown[]) => void): this {
    this.handlers.set(
      event,
      (this.handlers.get(event) ?? []).filter((f) => f !== fn),
    );
    return this;
  }
  removeListener(event: string, fn: (...a: unknown[]) => void): this {
    return this.off(event, fn);
  }
  emit(event: string, ...args: unknown[]): boolean {
    const list = this.handlers.get(event) ?? [];
    for (const f of list) f(...args);
    return list.length > 0;
  }
}
export default EventEmitter;
