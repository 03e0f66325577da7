/** Adds the room's strings (`room.*`) when a chunk that shows a message or the nudge loads. */
import { roomEn } from './room.en';
import { roomSv } from './room.sv';
import { i18n } from './index';

i18n.addResourceBundle('sv', 'translation', { room: roomSv }, true, false);
i18n.addResourceBundle('en', 'translation', { room: roomEn }, true, false);
