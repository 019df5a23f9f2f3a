import { useCity } from '@city-app/web';

/** The town's tile server (`map.tiles` in the town config), or null: then no map is shown. */
export function useMapTiles() {
  return useCity().city.map?.tiles ?? null;
}
