// Helpers for component tests of the shell and the modules' screens, in a DOM such as
// happy-dom: render and drive a screen as a person does, fake the server, check the result.
// Not part of the app: only tests import `@city-app/web/testing`.

export { axeViolations } from './axe.js';
export { type Asked, answer, fakeApi } from './fake-api.js';
export { click, fill, text } from './fields.js';
export { type Mounted, mount } from './mount.js';
export { mountApp } from './mount-app.js';
export { render } from './page.js';
export { testCity } from './test-city.js';
export { settle, waitFor } from './wait-for.js';
export { staffScreenProblems } from './well-formed.js';
