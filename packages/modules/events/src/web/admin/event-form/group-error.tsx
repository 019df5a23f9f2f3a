import { useUiStrings } from '@city-app/ui';

/**
 * The error of a group of controls (radio buttons, checkboxes), under its legend. The id lets
 * the error summary link to it and the group's first control be described by it.
 */
export function GroupError({ id, error }: { id: string; error?: string }) {
  const strings = useUiStrings();
  if (!error) return null;
  return (
    <p className="city-field__error" id={`${id}-error`}>
      <span className="city-visually-hidden">{strings.errorPrefix} </span>
      {error}
    </p>
  );
}
