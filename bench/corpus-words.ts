// The vocabulary the corpus generator draws from, in the register of the
// fixtures and examples/rebook.prfaq.md: products, people, places, numbers.

export const products = ['Rebook', 'Renewal Ledger', 'Relay', 'Homework Line', 'Shelfwise', 'Tallyboard', 'Quietroom', 'Fieldnote', 'Dockside', 'Harvest Desk'];
export const companies = ['Harbor Health Software', 'Tallis Systems', 'Bluepath Logistics', 'Northwind Learning', 'Cobalt Retail', 'Lumen Civic'];
export const customers = ['independent clinics', 'mid-size finance teams', 'regional labs', 'public high schools', 'small grocers', 'city permit offices', 'family-run hotels'];
export const cities = ['PORTLAND, OR', 'AUSTIN, TX', 'NASHVILLE, TN', 'SEATTLE, WA', 'DENVER, CO', 'BOSTON, MA', 'CHICAGO, IL'];
export const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const firstNames = ['Dana', 'Luis', 'Priyanka', 'Grace', 'Tomasz', 'Amara', 'Kenji', 'Sofia', 'Malik', 'Ingrid'];
export const lastNames = ['Okafor', 'Ferreira', 'Deshmukh', 'Whitfield', 'Nowak', 'Mensah', 'Tanaka', 'Alvarez', 'Haddad', 'Lindqvist'];
export const leaderRoles = ['General Manager', 'Vice President of Product', 'Director of Operations', 'Head of Customer Experience'];
export const customerRoles = ['owner of a clinic in Salem', 'a procurement manager in Dallas', 'a lab director in Memphis', 'a math teacher in Tacoma', 'the manager of a grocery in Fresno'];

export const verbs = ['notices', 'tracks', 'schedules', 'matches', 'flags', 'summarises', 'routes', 'checks', 'records', 'reminds'];
export const objects = ['missed appointments', 'software renewals', 'specimen pickups', 'homework questions', 'stock shortages', 'permit requests', 'late invoices'];
export const outcomes = ['recovered', 'saved', 'cut', 'answered', 'prevented', 'shortened', 'rebooked'];
export const units = ['hours a week', 'appointments a month', 'dollars a year', 'minutes per request', 'calls a day', 'seats'];
export const channels = ['by text message', 'from the settings page', 'in the weekly report', 'through the mobile app', 'by email', 'on the dashboard'];
export const connectors = ['Within a week', 'In the pilot', 'On average', 'For most teams', 'By the end of the first month', 'Across 212 sites'];
export const staff = ['front-desk staff', 'finance teams', 'dispatchers', 'teachers', 'store managers', 'permit clerks'];

export const customerQuestions = [
  'How much does {product} cost',
  'Which systems does {product} work with',
  'Will {customers} get messages they did not agree to',
  'What happens when two people ask for the same {thing}',
  'How do I get help with {thing}',
  'Can I turn {product} off for some {thing}',
  'How long does setup take for {customers}',
  'What data does {product} keep about {thing}',
  'Does {product} work offline',
  'Who can see the {thing} that {product} records',
];

export const internalQuestions = [
  'Who is the customer, and how many {customers} are there',
  'What will {thing} cost to build and run, and how does it pay back',
  'What do we depend on for {thing}, and what is hard',
  'What are the main risks with {thing}',
  'What are we not doing for {thing} in the first release',
  'How will we support {customers} after launch',
  'What did the pilot teach us about {thing}',
  'How does {product} compare with what {customers} use today',
];

export const things = ['appointments', 'renewals', 'pickups', 'questions', 'orders', 'permits', 'invoices', 'reminders', 'reports', 'schedules', 'exports', 'accounts'];
export const qualifiers = ['at launch', 'in the second year', 'for the largest customers', 'in rural areas', 'during peak season', 'for new accounts', 'outside the United States', 'for teams of one'];

export const metricNames = ['Share of {thing} handled within 7 days', 'Median time to first reply on {thing}', 'Customers with {product} turned on', 'Weekly active {customers}', 'Support tickets about {thing}', 'Refunds issued for {thing}'];
export const metricTypes = ['Input', 'Output'];
