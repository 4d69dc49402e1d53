import { mountSettings } from '../settings/mount';

mountSettings('popup');
