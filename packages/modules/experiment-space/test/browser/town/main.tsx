import { createCityWeb } from '@city-app/web';
import config from './city.config';

createCityWeb(config);
