import { defineCity } from '@city-app/core';
import { townWith } from './town.js';

// The build replaces this module with the validated config it was given (see build.ts).
export default defineCity(townWith({}));
