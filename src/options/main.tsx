import { mountSettings } from '../settings/mount';

mountSettings('options');
