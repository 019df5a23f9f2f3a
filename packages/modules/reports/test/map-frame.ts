// happy-dom lays nothing out; the map's frame gets the size a phone gives it, so Leaflet
// computes a view. Imported for its effect by the map's tests.
for (const [name, pixels] of [
  ['clientWidth', 390],
  ['clientHeight', 352],
] as const) {
  const own = Object.getOwnPropertyDescriptor(HTMLElement.prototype, name);
  Object.defineProperty(HTMLElement.prototype, name, {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('reports-map-canvas') ? pixels : (own?.get?.call(this) ?? 0);
    },
  });
}
