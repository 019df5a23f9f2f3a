export { Alert, type AlertProps, type AlertTone, Status } from './components/alert.js';
export {
  Button,
  type ButtonProps,
  type ButtonVariant,
  buttonClassName,
} from './components/button.js';
export { Dialog, type DialogProps } from './components/dialog.js';
export {
  Checkbox,
  type CheckboxProps,
  type FieldProps,
  Fieldset,
  Radio,
  type RadioProps,
  Select,
  type SelectOption,
  type SelectProps,
  TextArea,
  type TextAreaProps,
  TextField,
  type TextFieldProps,
} from './components/field.js';
export {
  ErrorSummary,
  type ErrorSummaryProps,
  Form,
  type FormError,
  type FormProps,
} from './components/form.js';
export {
  Card,
  type CardProps,
  PageHeading,
  SkipLink,
  Spinner,
  VisuallyHidden,
} from './components/layout.js';
export { type RowAction, RowActions } from './components/row-actions.js';
export { StackedRow, StackedTable } from './components/stacked-table.js';
export {
  cx,
  ENGLISH_UI_STRINGS,
  GERMAN_UI_STRINGS,
  type UiStrings,
  UiStringsProvider,
  useDomId,
  useUiStrings,
} from './components/strings.js';
export { WideTable } from './components/wide-table.js';
export {
  applyTheme,
  MIN_NON_TEXT_CONTRAST,
  NEUTRAL_COLORS,
  THEME_VARIABLE_NAMES,
  type ThemeBranding,
  type ThemeVariables,
  themeVariables,
} from './theme/theme.js';
