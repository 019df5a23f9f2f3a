// Types for a town project: `/// <reference types="@city-app/web/client" />` declares the module list
// the Vite plugin (`cityApp()` from `@city-app/web/vite`) provides.
declare module 'virtual:city-app/modules' {
  import type { WebModule } from '@city-app/web/module';

  export const modules: WebModule[];
}
