import { packageBuild } from '@city-app/config/tsup';

// Each component is its own entry, so an app's bundler can leave the ones a screen does not
// use in that screen's lazy chunk instead of the first page's JavaScript. styles.css is an
// entry too, so esbuild writes dist/styles.css beside the components.
export default packageBuild({
  entry: {
    index: 'src/index.ts',
    'components/alert': 'src/components/alert.tsx',
    'components/button': 'src/components/button.tsx',
    'components/dialog': 'src/components/dialog.tsx',
    'components/field': 'src/components/field.tsx',
    'components/form': 'src/components/form.tsx',
    'components/layout': 'src/components/layout.tsx',
    'components/strings': 'src/components/strings.tsx',
    'theme/theme': 'src/theme/theme.ts',
    styles: 'src/styles.css',
  },
  target: 'es2022',
  platform: 'browser',
  external: ['react', 'react-dom', '@city-app/core'],
});
