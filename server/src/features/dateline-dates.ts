// The ways a dateline writes a date, for today: a starting point the writer moves to launch day.
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function datelineDates(today: Date): Array<{ text: string; style: string }> {
  const day = today.getDate();
  const month = months[today.getMonth()]!;
  const year = today.getFullYear();
  const iso = `${year}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return [
    { text: `${month} ${day}, ${year}`, style: 'month first (US press style)' },
    { text: `${day} ${month} ${year}`, style: 'day first' },
    { text: iso, style: 'ISO 8601' },
  ];
}
