/** Adds the room's strings (`room.*`) when a chunk that shows a message or the nudge loads. */
import { roomEn } from './room.en';
import { roomSv } from './room.sv';
import { addCatalogue } from './index';

addCatalogue({ room: roomSv }, { room: roomEn });
