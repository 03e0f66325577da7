import { describe, expect, it } from 'vitest';
import { splitMeetingName } from '../../shared/day/meetingName';
import { pageTitle } from '../../client/src/pageTitle';

describe('[W7] the browser tab’s title', () => {
  it('a programme’s meeting is called by its number; the theme and the programme are the rest', () => {
    expect(splitMeetingName('Lärträff 4: Bakåtplanering – Demo: Lärprojekt Trelleborgsmodellen')).toEqual({
      short: 'Lärträff 4',
      rest: 'Bakåtplanering – Demo: Lärprojekt Trelleborgsmodellen',
    });
    expect(splitMeetingName('Lärträff 3 – Bakåtplanering')).toEqual({ short: 'Lärträff 3', rest: 'Bakåtplanering' });
  });

  it('a name with nothing to cut is short already', () => {
    expect(splitMeetingName('Höstträff i Lund')).toEqual({ short: 'Höstträff i Lund', rest: '' });
    expect(splitMeetingName(': Höst')).toEqual({ short: ': Höst', rest: '' });
  });

  it('joins what is there, most specific first, and says nothing twice', () => {
    expect(pageTitle(['Incheckning', undefined, 'Lärträff 4', 'projektor'])).toBe(
      'Incheckning – Lärträff 4 – projektor',
    );
    expect(pageTitle(['Lärträff', '', 'Lärträff'])).toBe('Lärträff');
    expect(pageTitle([false, null, ' Lärträff 4 '])).toBe('Lärträff 4');
  });
});
