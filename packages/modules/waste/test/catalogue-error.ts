import { CityAppError } from '@city-app/core';

/** The catalogue error `run` throws; fails the test if it throws anything else or nothing. */
export function catalogueError(run: () => unknown): CityAppError {
  try {
    run();
  } catch (error) {
    if (error instanceof CityAppError) return error;
    throw error;
  }
  throw new Error('expected a catalogue error');
}
