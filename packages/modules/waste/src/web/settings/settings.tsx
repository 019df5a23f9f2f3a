import { browserPush } from './push-access.js';
import { RemindersPanel } from './reminders-panel.js';

/** The settings section's panel, with notify's helpers of this browser. */
export default function WasteSettings() {
  return <RemindersPanel push={browserPush} />;
}
