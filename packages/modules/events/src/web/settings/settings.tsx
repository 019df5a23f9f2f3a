import { browserPush } from '../device/push-access.js';
import { FollowPanel } from './follow-panel.js';

/** The settings section's panel, with notify's helpers of this browser. */
export default function EventsSettings() {
  return <FollowPanel push={browserPush} />;
}
