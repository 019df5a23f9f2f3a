/**
 * `virtual:city-app/modules` for the component tests: the Vite plugin provides it in an app;
 * the tests render the module's parts themselves and need the shell's code only.
 */
export const modules = [];
