#include "generatorvocabulary.h"

namespace cw::sandbox::vocab {

namespace {

constexpr const char *kFirstNames[] = {
    "James",    "Mary",      "Robert",  "Patricia", "John",     "Jennifer",  "Michael", "Linda",
    "David",    "Elizabeth", "William", "Barbara",  "Richard",  "Susan",     "Joseph",  "Jessica",
    "Thomas",   "Sarah",     "Carlos",  "Karen",    "Daniel",   "Lisa",      "Matthew", "Nancy",
    "Anthony",  "Sandra",    "Mark",    "Ashley",   "Steven",   "Kimberly",  "Paul",    "Emily",
    "Andrew",   "Donna",     "Joshua",  "Michelle", "Kevin",    "Carol",     "Brian",   "Amanda",
    "Priya",    "Melissa",   "Wei",     "Deborah",  "Jason",    "Stephanie", "Ryan",    "Rebecca",
    "Jacob",    "Laura",     "Gary",    "Sharon",   "Nicholas", "Cynthia",   "Eric",    "Angela",
    "Jonathan", "Rosa",      "Justin",  "Hannah",   "Scott",    "Olivia",    "Brandon", "Grace",
    "Raj",      "Megan",     "Samuel",  "Rachel",   "Gregory",  "Aisha",     "Tyler",   "Natalie",
    "Diego",    "Sofia",     "Omar",    "Chloe",    "Luis",     "Victoria",  "Ethan",   "Lauren",
};

constexpr const char *kLastNames[] = {
    "Smith",     "Johnson",  "Williams",  "Brown",   "Jones",    "Garcia",   "Miller",   "Davis",
    "Rodriguez", "Martinez", "Hernandez", "Lopez",   "Gonzalez", "Wilson",   "Anderson", "Thomas",
    "Taylor",    "Moore",    "Jackson",   "Martin",  "Lee",      "Perez",    "Thompson", "White",
    "Harris",    "Sanchez",  "Clark",     "Ramirez", "Lewis",    "Robinson", "Walker",   "Young",
    "Allen",     "King",     "Wright",    "Scott",   "Torres",   "Nguyen",   "Hill",     "Flores",
    "Green",     "Adams",    "Nelson",    "Baker",   "Hall",     "Rivera",   "Campbell", "Mitchell",
    "Carter",    "Roberts",  "Patel",     "Chen",    "Kowalski", "Sullivan", "Murphy",   "Brooks",
    "Kim",       "Foster",   "Reyes",     "Bennett", "Gray",     "Hughes",   "Price",    "Myers",
    "Long",      "Ross",     "Powell",    "Jenkins", "Fischer",  "Russo",    "Okafor",   "Shah",
    "Novak",     "Larsen",   "Duffy",     "Weber",   "Castillo", "Hayes",    "Burke",    "Quinn",
};

constexpr City kCities[] = {
    {"Tampa", "FL", "Florida", "33602", "813"},
    {"Orlando", "FL", "Florida", "32801", "407"},
    {"Jacksonville", "FL", "Florida", "32202", "904"},
    {"Miami", "FL", "Florida", "33131", "305"},
    {"Atlanta", "GA", "Georgia", "30303", "404"},
    {"Savannah", "GA", "Georgia", "31401", "912"},
    {"Charlotte", "NC", "North Carolina", "28202", "704"},
    {"Raleigh", "NC", "North Carolina", "27601", "919"},
    {"Nashville", "TN", "Tennessee", "37203", "615"},
    {"Austin", "TX", "Texas", "78701", "512"},
    {"Dallas", "TX", "Texas", "75201", "214"},
    {"Houston", "TX", "Texas", "77002", "713"},
    {"San Antonio", "TX", "Texas", "78205", "210"},
    {"Phoenix", "AZ", "Arizona", "85004", "602"},
    {"Denver", "CO", "Colorado", "80202", "303"},
    {"Boulder", "CO", "Colorado", "80302", "303"},
    {"Salt Lake City", "UT", "Utah", "84101", "801"},
    {"Seattle", "WA", "Washington", "98101", "206"},
    {"Portland", "OR", "Oregon", "97204", "503"},
    {"Sacramento", "CA", "California", "95814", "916"},
    {"San Diego", "CA", "California", "92101", "619"},
    {"Irvine", "CA", "California", "92618", "949"},
    {"Chicago", "IL", "Illinois", "60601", "312"},
    {"Naperville", "IL", "Illinois", "60540", "630"},
    {"Columbus", "OH", "Ohio", "43215", "614"},
    {"Cleveland", "OH", "Ohio", "44114", "216"},
    {"Indianapolis", "IN", "Indiana", "46204", "317"},
    {"Minneapolis", "MN", "Minnesota", "55401", "612"},
    {"Milwaukee", "WI", "Wisconsin", "53202", "414"},
    {"Kansas City", "MO", "Missouri", "64105", "816"},
    {"St. Louis", "MO", "Missouri", "63101", "314"},
    {"Pittsburgh", "PA", "Pennsylvania", "15222", "412"},
    {"Philadelphia", "PA", "Pennsylvania", "19103", "215"},
    {"Boston", "MA", "Massachusetts", "02110", "617"},
    {"Hartford", "CT", "Connecticut", "06103", "860"},
    {"Richmond", "VA", "Virginia", "23219", "804"},
    {"Baltimore", "MD", "Maryland", "21202", "410"},
    {"Newark", "NJ", "New Jersey", "07102", "973"},
    {"Buffalo", "NY", "New York", "14202", "716"},
    {"Albany", "NY", "New York", "12207", "518"},
};

constexpr const char *kStreets[] = {
    "Main St",      "Oak Ave",         "Maple Dr",       "Commerce Blvd",
    "Park Pl",      "Industrial Pkwy", "Harbor View Dr", "Lakeshore Rd",
    "Elm St",       "Cedar Ln",        "Washington Ave", "Technology Dr",
    "Market St",    "Riverside Dr",    "Pine St",        "Corporate Center Dr",
    "Highland Ave", "Franklin St",     "Sunset Blvd",    "Broadway",
    "Jefferson Rd", "Meadowbrook Ln",  "Executive Dr",   "Westgate Pkwy",
    "Union St",     "Airport Rd",      "Summit Ave",     "Willow Creek Rd",
    "Gateway Blvd", "Central Ave",
};

constexpr const char *kCompanyStems[] = {
    "Harbor View",     "Summit Ridge",   "Blue Heron", "Cedar Creek",  "Ironwood",
    "Lakeside",        "Northgate",      "Pinnacle",   "Redstone",     "Silver Oak",
    "Bayfront",        "Crescent",       "Evergreen",  "Granite Peak", "Keystone",
    "Magnolia",        "Oakmont",        "Riverbend",  "Sterling",     "Twin Pines",
    "Westbrook",       "Bright Horizon", "Coastal",    "Falcon",       "Golden Gate",
    "Heritage",        "Liberty",        "Meridian",   "Prairie",      "Sandstone",
    "Tidewater",       "Vantage",        "Whitfield",  "Anchor Point", "Beacon",
    "Clearview",       "Driftwood",      "Eastwood",   "Fairway",      "Greenleaf",
    "Highpoint",       "Juniper",        "Kingsley",   "Lighthouse",   "Mitchell & Reyes",
    "Nelson Brothers", "Oceanside",      "Parkside",   "Quarry Hill",  "Rockport",
    "Shoreline",       "Thornbury",      "Upland",     "Valley Forge", "Willowbrook",
    "Yellowstone",     "Alder & Finch",  "Brookstone", "Copperfield",  "Dunmore",
    "Foster & Hale",   "Grayson",        "Hawthorne",  "Inland",       "Jasper",
    "Kessler",
};

constexpr const char *kCompanyIndustries[] = {
    "Dental Group",
    "Family Dentistry",
    "Law Offices",
    "Legal Partners",
    "CPA Group",
    "Accounting",
    "Manufacturing",
    "Machine Works",
    "Construction",
    "Builders",
    "Realty",
    "Property Management",
    "Medical Associates",
    "Pediatrics",
    "Physical Therapy",
    "Veterinary Clinic",
    "Insurance Agency",
    "Financial Advisors",
    "Wealth Management",
    "Credit Union",
    "Logistics",
    "Freight",
    "Distributors",
    "Supply Co",
    "Architects",
    "Engineering",
    "Marketing Group",
    "Design Studio",
    "Animal Hospital",
    "Orthodontics",
    "Auto Group",
    "Title Company",
    "Church",
    "Academy",
    "Senior Living",
    "Foundation",
    "Hotel & Suites",
    "Brewing Co",
    "Landscaping",
    "Plumbing & Heating",
};

constexpr const char *kSiteNames[] = {
    "Warehouse",           "North Office", "South Office",  "Downtown Office",  "West Clinic",
    "East Clinic",         "Plant 2",      "Branch Office", "Satellite Office", "Training Center",
    "Distribution Center", "Annex",        "Field Office",  "Showroom",         "Lab",
};

constexpr const char *kContactTitles[] = {
    "Office Manager",
    "Owner",
    "Practice Manager",
    "Controller",
    "Operations Manager",
    "Administrative Assistant",
    "Receptionist",
    "Bookkeeper",
    "Paralegal",
    "Partner",
    "CFO",
    "IT Coordinator",
    "Project Manager",
    "Sales Manager",
    "Dental Hygienist",
    "Billing Specialist",
    "HR Manager",
    "Shipping Lead",
    "Estimator",
    "Associate",
};

constexpr MemberRole kMemberRoles[] = {
    {"Service Manager", "management"},
    {"Service Coordinator", "dispatch"},
    {"Dispatcher", "dispatch"},
    {"Service Desk Technician", "tier1"},
    {"Service Desk Technician", "tier1"},
    {"Service Desk Technician", "tier1"},
    {"Service Desk Technician", "tier1"},
    {"Service Desk Technician", "tier1"},
    {"Service Desk Technician", "tier1"},
    {"Systems Administrator", "tier2"},
    {"Systems Administrator", "tier2"},
    {"Systems Administrator", "tier2"},
    {"Systems Administrator", "tier2"},
    {"Network Engineer", "network"},
    {"Network Engineer", "network"},
    {"Senior Network Engineer", "network"},
    {"NOC Analyst", "noc"},
    {"NOC Analyst", "noc"},
    {"NOC Analyst", "noc"},
    {"Project Engineer", "projects"},
    {"Project Engineer", "projects"},
    {"Senior Systems Engineer", "tier3"},
    {"Solutions Architect", "tier3"},
    {"Field Technician", "field"},
    {"Field Technician", "field"},
    {"Field Technician", "field"},
};

constexpr DeviceModel kDeviceModels[] = {
    {"Server", "DC", "Dell", "PowerEdge R650", "Windows Server 2022 Standard"},
    {"Server", "FS", "HPE", "ProLiant DL380 Gen10", "Windows Server 2019 Standard"},
    {"Server", "SQL", "Dell", "PowerEdge R750", "Windows Server 2022 Standard"},
    {"Server", "APP", "Lenovo", "ThinkSystem SR630", "Windows Server 2019 Standard"},
    {"Server", "HV", "Dell", "PowerEdge R740", "Windows Server 2022 Datacenter"},
    {"Workstation", "WS", "Dell", "OptiPlex 7010", "Windows 11 Pro"},
    {"Workstation", "WS", "HP", "EliteDesk 800 G6", "Windows 10 Pro"},
    {"Workstation", "WS", "Lenovo", "ThinkCentre M70q", "Windows 11 Pro"},
    {"Laptop", "LT", "Lenovo", "ThinkPad T14 Gen 3", "Windows 11 Pro"},
    {"Laptop", "LT", "Dell", "Latitude 5440", "Windows 11 Pro"},
    {"Laptop", "LT", "HP", "EliteBook 840 G9", "Windows 10 Pro"},
    {"Laptop", "LT", "Apple", "MacBook Pro 14", "macOS Sonoma"},
    {"Firewall", "FW", "Fortinet", "FortiGate 60F", "FortiOS 7.2"},
    {"Firewall", "FW", "SonicWall", "TZ470", "SonicOS 7.0"},
    {"Firewall", "FW", "Cisco Meraki", "MX68", "MX 18.1"},
    {"Switch", "SW", "Cisco", "Catalyst 9200L-48P", "IOS XE 17.9"},
    {"Switch", "SW", "Aruba", "CX 6100 24G", "ArubaOS-CX 10.11"},
    {"Switch", "SW", "Ubiquiti", "UniFi Switch Pro 24 PoE", "UniFi 6.5"},
    {"Printer", "PRN", "HP", "LaserJet Pro M404dn", "Firmware 2.4"},
    {"Printer", "PRN", "Brother", "MFC-L8900CDW", "Firmware 1.12"},
    {"Printer", "MFP", "Canon", "imageRUNNER ADVANCE DX C3826i", "Firmware 3.15"},
};

constexpr const char *kApplications[] = {
    "QuickBooks Enterprise",
    "Adobe Acrobat Pro",
    "Microsoft Teams",
    "Outlook",
    "Excel",
    "Sage 100",
    "Dentrix",
    "Clio",
    "AutoCAD",
    "Zoom",
    "Chrome",
    "OneDrive",
    "SharePoint",
    "Bluebeam Revu",
    "Citrix Workspace",
    "Epicor",
};

constexpr const char *kIsps[] = {
    "Comcast Business", "Spectrum Business", "AT&T Fiber", "Verizon Fios", "Lumen", "Cox Business",
};

constexpr const char *kMailboxes[] = {
    "info@", "billing@", "accounts@", "frontdesk@", "orders@", "support@", "hr@", "scheduling@",
};

constexpr const char *kGenericDiscussion[] = {
    "Reached out to {user} by phone to confirm the details and set expectations for the next "
    "steps.",
    "Emailed {user} an update. We are still working on this and will follow up by end of day.",
    "Left a voicemail for {user} asking for a good time to connect remotely.",
    "Spoke with {user}; they are available this afternoon if we need anything else from them.",
    "Sent {user} the remote support link and connected to the session once they joined.",
    "{user} replied that the timing works for them. Keeping the ticket open until everything is "
    "finished.",
    "Scheduled a follow-up with {user} for tomorrow morning to verify everything is working.",
    "Asked {user} to send over any screenshots or details that would help us narrow it down.",
};

constexpr const char *kGenericInternal[] = {
    "Checked the RMM agent on {device}: online, last check-in a few minutes ago, no pending "
    "reboots.",
    "Reviewed the event logs on {device}. Nothing obvious beyond the errors the user reported.",
    "Searched the KB and documentation for similar tickets at {company}; found a related fix from "
    "last quarter.",
    "Confirmed the device is covered under the managed services agreement, so no billing approval "
    "is needed.",
    "Escalating internally for a second pair of eyes; notes and screenshots are attached.",
    "Verified the latest patches are installed on {device} and the antivirus definitions are "
    "current.",
    "Time spent mostly on research. Will try the vendor's recommended steps during the next "
    "session.",
    "Documented the current configuration before making changes in case we need to roll back.",
};

constexpr const char *kGenericResolutions[] = {
    "Issue resolved and confirmed with {user}. Closing the ticket.",
    "Applied the fix and verified with {user} that everything works as expected.",
    "{user} confirmed the problem has not returned after monitoring for two days. Closing.",
    "Resolved remotely. Documentation for {company} has been updated with the change.",
};

constexpr TaskText kGenericTasks[] = {
    {"Confirm resolution with the customer",
     "Call or email the contact to confirm the fix before closing."},
    {"Update documentation",
     "Record the change in the client's documentation and password vault if needed."},
    {"Check monitoring after the change",
     "Watch the RMM alerts for 24 hours to make sure nothing regresses."},
    {"Review billing", "Confirm whether the work is covered by the agreement or billable."},
};

} // namespace

Words firstNames()
{
    return kFirstNames;
}
Words lastNames()
{
    return kLastNames;
}
std::span<const City> cities()
{
    return kCities;
}
Words streets()
{
    return kStreets;
}
Words companyStems()
{
    return kCompanyStems;
}
Words companyIndustries()
{
    return kCompanyIndustries;
}
Words siteNames()
{
    return kSiteNames;
}
Words contactTitles()
{
    return kContactTitles;
}
std::span<const MemberRole> memberRoles()
{
    return kMemberRoles;
}
std::span<const DeviceModel> deviceModels()
{
    return kDeviceModels;
}
Words applications()
{
    return kApplications;
}
Words isps()
{
    return kIsps;
}
Words mailboxes()
{
    return kMailboxes;
}
Words genericDiscussion()
{
    return kGenericDiscussion;
}
Words genericInternal()
{
    return kGenericInternal;
}
Words genericResolutions()
{
    return kGenericResolutions;
}
std::span<const TaskText> genericTasks()
{
    return kGenericTasks;
}

} // namespace cw::sandbox::vocab
