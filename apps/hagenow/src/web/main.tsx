/// <reference types="@city-app/web/client" />

import { modules } from 'virtual:city-app/modules';
import { createCityWeb } from '@city-app/web';
import config from '../../city.config';

// The modules' web parts come with the first script, so the home screen renders without
// waiting for another request.
createCityWeb(config, { modules });
