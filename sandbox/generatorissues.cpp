// The service desk's issue catalogue: end-user problems and requests, the field services' work.
#include "generatorvocabulary.h"

namespace cw::sandbox::vocab {

namespace {

// --- Email / Microsoft 365 ---------------------------------------------------------------------
constexpr const char *kMailSummaries[] = {
    "Outlook keeps prompting {user} for a password",
    "{user} cannot send email - messages stuck in the Outbox",
    "Shared mailbox {mailbox} not showing in Outlook for {user}",
    "Emails from a vendor going to junk for {user}",
    "Teams calls dropping for {user} since this morning",
    "Outlook search not returning recent messages on {pc}",
    "Calendar invites not updating for {user}",
    "Mailbox almost full warning for {user}",
};
constexpr const char *kMailDescriptions[] = {
    "Hi, {user} here. Since this morning Outlook keeps asking for my password and then says it "
    "cannot connect. Webmail works fine. Can someone take a look?",
    "I am not able to send emails; they sit in my Outbox. Receiving seems to work. This is holding "
    "up invoices going out today.",
    "We added a new shared mailbox last week but it does not show up in my Outlook. Other people "
    "in the office can see it.",
};
constexpr const char *kMailAnalysis[] = {
    "Checked the user in the Microsoft 365 admin center: licence assigned, no sign-in blocks, MFA "
    "registered. Sign-in logs show repeated token failures from the Outlook client.",
    "Message trace shows the messages never reached Exchange Online. The Outlook profile on {pc} "
    "looks corrupted.",
    "Mailbox permissions were granted but AutoMapping is disabled for that permission. Re-adding "
    "with AutoMapping enabled.",
};
constexpr const char *kMailResolutions[] = {
    "Cleared the cached credentials in Credential Manager, rebuilt the Outlook profile on {pc} and "
    "signed in again with MFA. Mail is syncing and sending normally.",
    "Re-added the mailbox permission with AutoMapping; the shared mailbox appeared in Outlook "
    "after a restart. {user} confirmed access.",
    "Adjusted the anti-spam policy to allow the sender's domain and released the quarantined "
    "messages. {user} confirmed receipt.",
};
constexpr TaskText kMailTasks[] = {
    {"Rebuild Outlook profile",
     "Back up signatures, create a new mail profile and set it as default."},
    {"Check Microsoft 365 sign-in logs",
     "Look for failed sign-ins or conditional access blocks for the user."},
};

// --- Workstation -------------------------------------------------------------------------------
constexpr const char *kPcSummaries[] = {
    "{pc} running extremely slow after updates",
    "{user}'s computer will not boot - stuck on spinning dots",
    "Blue screen on {pc} several times today",
    "{pc} not connecting to the network",
    "Second monitor not detected on {pc}",
    "Keyboard and mouse unresponsive on {pc}",
    "Windows update failing on {pc} with error 0x80070002",
    "{user} gets a black screen after logging in",
};
constexpr const char *kPcDescriptions[] = {
    "My computer has been really slow since it restarted for updates yesterday. Opening anything "
    "takes minutes.",
    "My PC will not start. It shows the logo and then the spinning dots forever. I have a deadline "
    "today.",
    "My second monitor stopped working after I moved desks. The cable is plugged in but the screen "
    "says no signal.",
};
constexpr const char *kPcAnalysis[] = {
    "Remoted into {pc}: disk at 100% active time, a pending feature update stuck at 61%. SMART "
    "status is OK.",
    "Reviewed the minidumps on {pc}; the crashes point to an outdated display driver.",
    "{pc} has a 169.254 address. The switch port shows link but no DHCP lease was issued.",
};
constexpr const char *kPcResolutions[] = {
    "Completed the pending update, cleared the SoftwareDistribution cache and rebooted. {pc} is "
    "responsive again; {user} confirmed.",
    "Updated the display and chipset drivers from the vendor site. No further crashes over 24 "
    "hours of monitoring.",
    "Replaced the patch cable and re-seated the dock. {pc} picked up an address and the user is "
    "working normally.",
};
constexpr TaskText kPcTasks[] = {
    {"Run hardware diagnostics",
     "Boot into the vendor diagnostics and run the extended memory and disk tests."},
    {"Update drivers and BIOS",
     "Apply the latest BIOS, chipset and display drivers from the manufacturer."},
};

// --- Printing & Scanning -----------------------------------------------------------------------
constexpr const char *kPrintSummaries[] = {
    "{printer} showing offline for the whole office",
    "Scan to email not working on {printer}",
    "Print jobs stuck in queue on {printer}",
    "{user} cannot print double-sided to {printer}",
    "Paper jam error on {printer} with no paper jammed",
    "New printer needs to be added for {user}",
};
constexpr const char *kPrintDescriptions[] = {
    "Nobody can print to the main copier this morning. It says offline on every computer.",
    "Scanning to email stopped working. The copier says it cannot connect to the server.",
    "My print jobs are stuck in the queue and will not come out. I restarted my computer already.",
};
constexpr const char *kPrintAnalysis[] = {
    "{printer} responds to ping, but the print spooler on {server} has stopped and will not stay "
    "running.",
    "The scan-to-email profile on {printer} uses basic SMTP authentication, which Microsoft 365 no "
    "longer accepts.",
    "The printer picked up a new DHCP address after a power outage; the port on the print server "
    "still points to the old IP.",
};
constexpr const char *kPrintResolutions[] = {
    "Cleared the spool folder, restarted the spooler on {server} and reserved the printer's IP in "
    "DHCP. Printing restored for all users.",
    "Reconfigured scan to email to use the SMTP relay connector. Test scans delivered to {user}.",
    "Updated the printer port to the reserved address and redeployed the printer by group policy. "
    "Jobs are printing.",
};
constexpr TaskText kPrintTasks[] = {
    {"Reserve printer IP address",
     "Create a DHCP reservation for the printer so the address stops changing."},
    {"Test scan to email", "Send a test scan to the contact and confirm delivery."},
};

// --- Accounts & Access -------------------------------------------------------------------------
constexpr const char *kAccessSummaries[] = {
    "Password reset for {user}",
    "{user} locked out of their account",
    "Grant {user} access to the Accounting share",
    "MFA reset needed for {user} - new phone",
    "Add {user} to the {mailbox} distribution list",
    "Remove access for a former contractor at {company}",
    "{user} needs admin rights to install {app}",
};
constexpr const char *kAccessDescriptions[] = {
    "I am locked out of my computer after my password expired. Can you please reset it?",
    "I got a new phone and the authenticator app is not set up on it, so I cannot sign in.",
    "Please give me access to the accounting folder on the server; my manager approved it.",
};
constexpr const char *kAccessAnalysis[] = {
    "Verified the caller's identity with the callback number on file before making any changes.",
    "Account was locked by repeated failed attempts from an old phone that still had the previous "
    "password.",
    "Confirmed the access request with the office manager at {company} by email as required by "
    "their policy.",
};
constexpr const char *kAccessResolutions[] = {
    "Reset the password, unlocked the account and had {user} set a new one at the next sign-in.",
    "Cleared the MFA registration; {user} re-registered the authenticator app on the new phone and "
    "signed in.",
    "Added {user} to the security group; access confirmed after signing out and back in.",
};
constexpr TaskText kAccessTasks[] = {
    {"Verify identity", "Call the contact back on the number on file before changing credentials."},
    {"Get manager approval",
     "Confirm the access change with the client's approver and attach the email."},
};

// --- Software & Applications -------------------------------------------------------------------
constexpr const char *kAppSummaries[] = {
    "{app} crashes on startup for {user}",
    "Install {app} on {pc}",
    "{app} license expired message for {user}",
    "{app} very slow when opening company file",
    "Update {app} to the latest version on all workstations",
    "{app} add-in missing after update",
};
constexpr const char *kAppDescriptions[] = {
    "Every time I open the program it closes right away. It was working yesterday.",
    "We need the new version installed on my computer before the training on Friday.",
    "I get a message that my license has expired but we paid for the renewal last month.",
};
constexpr const char *kAppAnalysis[] = {
    "Application event log shows a faulting module in a third-party add-in loaded at startup.",
    "The installer needs the vendor's licence key; requested it from {user}.",
    "The company file sits on {server}; opening it locally is fast, so the share or the network "
    "path is slow.",
};
constexpr const char *kAppResolutions[] = {
    "Disabled the faulty add-in and ran an online repair of {app}. It opens normally now.",
    "Installed and activated {app} on {pc}; {user} tested opening their files.",
    "Re-entered the renewed licence key and refreshed the activation. The expiry message is gone.",
};
constexpr TaskText kAppTasks[] = {
    {"Download installer",
     "Get the current installer and licence information from the vendor portal."},
    {"Test with the user", "Have the contact open a few files to confirm the application works."},
};

// --- Phones & VoIP -----------------------------------------------------------------------------
constexpr const char *kPhoneSummaries[] = {
    "Desk phone at {site} shows No Service",
    "Callers hear one-way audio when calling {company}",
    "Update auto attendant greeting for the holidays",
    "Add extension for new hire at {site}",
    "Voicemail to email not arriving for {user}",
};
constexpr const char *kPhoneDescriptions[] = {
    "My desk phone says No Service and I cannot make or take calls.",
    "Customers say they cannot hear us on some calls but we can hear them.",
    "We need the main greeting changed for our holiday hours next week.",
};
constexpr const char *kPhoneAnalysis[] = {
    "Phone is not registering with the hosted PBX; the firewall's SIP ALG was re-enabled by the "
    "last firmware update.",
    "Packet capture shows RTP leaving the network but nothing coming back; NAT timeout on "
    "{firewall} is too short.",
    "Checked the voicemail settings in the PBX portal: the email address on file had a typo.",
};
constexpr const char *kPhoneResolutions[] = {
    "Disabled SIP ALG on {firewall} and rebooted the phones. All handsets registered and test "
    "calls are clean.",
    "Raised the UDP session timeout for SIP traffic; no one-way audio reported since.",
    "Corrected the voicemail email address; test voicemail delivered to {user}.",
};
constexpr TaskText kPhoneTasks[] = {
    {"Open ticket with VoIP provider", "Provide the call examples and timestamps to the carrier."},
};

// --- Security ----------------------------------------------------------------------------------
constexpr const char *kSecuritySummaries[] = {
    "Suspicious email reported by {user}",
    "{user} clicked a link in a phishing email",
    "Possible compromised account - {user} sending spam",
    "Unknown login alert for {user} from another country",
    "USB drive found in the parking lot at {site}",
};
constexpr const char *kSecurityDescriptions[] = {
    "I got an email that looks like it is from our bank asking me to log in. I did not click "
    "anything. Is it real?",
    "I clicked a link in an email about a shared document and typed my password before I realised "
    "it was fake.",
    "Several customers say they got strange emails from me this morning that I did not send.",
};
constexpr const char *kSecurityAnalysis[] = {
    "Sign-in logs show a successful login from an unfamiliar IP shortly after the phishing email "
    "was received.",
    "Found an inbox rule forwarding mail to an external address and deleting the originals.",
    "Ran a full EDR scan on {pc}; no malicious processes or persistence found.",
};
constexpr const char *kSecurityResolutions[] = {
    "Reset the password, revoked all sessions, removed the malicious inbox rule and re-registered "
    "MFA. Purged the phishing email tenant-wide.",
    "Confirmed the email was phishing and removed it from all mailboxes. Reminded staff about "
    "reporting suspicious messages.",
    "No compromise found. Blocked the sender domain and added the indicators to the mail filter.",
};
constexpr TaskText kSecurityTasks[] = {
    {"Revoke sessions and reset credentials",
     "Sign the user out everywhere, reset the password and MFA."},
    {"Search and purge the message",
     "Run a content search for the phishing email and purge it from all mailboxes."},
    {"Notify client contact", "Send the incident summary to the client's primary contact."},
};

// --- Hardware Request --------------------------------------------------------------------------
constexpr const char *kHardwareSummaries[] = {
    "Quote for a new laptop for {user}",   "Request for a docking station and second monitor",
    "Replace failing battery on {laptop}", "Order {n} new workstations for {site}",
    "Replacement headset for {user}",
};
constexpr const char *kHardwareDescriptions[] = {
    "We have a new employee starting in two weeks and need a laptop for them. Can you send a "
    "quote?",
    "Could we get a second monitor and a dock for my desk? My manager approved it.",
    "My laptop battery only lasts about 30 minutes now.",
};
constexpr const char *kHardwareAnalysis[] = {
    "Prepared a quote using the client's standard laptop model; waiting on approval from the "
    "office manager.",
    "Battery health report shows 38% of design capacity. The unit is still under warranty.",
    "Checked stock with the distributor: 3-5 business days for delivery.",
};
constexpr const char *kHardwareResolutions[] = {
    "Hardware received, imaged and delivered. {user} signed for the equipment.",
    "Warranty battery replacement completed; health report now shows 100%.",
    "Order placed and delivered; devices were added to inventory and RMM.",
};
constexpr TaskText kHardwareTasks[] = {
    {"Send quote for approval",
     "Email the quote to the approver and attach the signed copy to the ticket."},
    {"Image and enroll device",
     "Apply the standard image, enroll in Intune and install the RMM agent."},
};

// --- File Shares & OneDrive --------------------------------------------------------------------
constexpr const char *kFilesSummaries[] = {
    "Mapped drive S: missing for {user}",
    "OneDrive sync errors on {pc}",
    "Restore deleted folder from the shared drive on {server}",
    "Cannot open Excel files from SharePoint - read only",
    "Files showing as locked by another user on {server}",
};
constexpr const char *kFilesDescriptions[] = {
    "My S: drive disappeared this morning and I cannot get to any of our shared files.",
    "Someone deleted the Projects folder by accident yesterday afternoon. Can we get it back?",
    "OneDrive shows a red X and says some files cannot be synced.",
};
constexpr const char *kFilesAnalysis[] = {
    "Group policy drive mapping failed because {pc} could not reach {server} at logon over the "
    "VPN.",
    "Yesterday's backup snapshot on {server} contains the folder; restore size is about 4 GB.",
    "OneDrive log shows path-too-long errors for a handful of files in a deeply nested folder.",
};
constexpr const char *kFilesResolutions[] = {
    "Restored the folder from the snapshot to its original location and verified permissions with "
    "{user}.",
    "Re-applied group policy and remapped the drive; added a logon script fallback for VPN users.",
    "Shortened the problem paths and reset the OneDrive client. Sync is green again.",
};
constexpr TaskText kFilesTasks[] = {
    {"Restore from backup",
     "Restore the requested data to its original location, without overwriting newer files."},
};

// --- Field services ----------------------------------------------------------------------------
constexpr const char *kOnsiteSummaries[] = {
    "On-site: replace failed power supply in {pc}",
    "On-site visit to check network rack at {site}",
    "Install new UPS in the server closet at {site}",
    "On-site: {printer} making grinding noise",
    "Move workstations for office reconfiguration at {site}",
};
constexpr const char *kOnsiteDescriptions[] = {
    "The computer at the front desk will not power on at all. No lights.",
    "We are rearranging the office next week and need help moving {n} computers and phones.",
    "The battery backup in the server closet is beeping constantly.",
};
constexpr const char *kOnsiteAnalysis[] = {
    "Tested the outlet and cable; the power supply in {pc} is dead. Replacement part ordered.",
    "UPS self-test fails; the battery is five years old and the load is close to capacity.",
    "Walked the site with {user} and labelled the ports that need patching.",
};
constexpr const char *kOnsiteResolutions[] = {
    "Replaced the power supply on site, booted and tested {pc}. User back to work.",
    "Installed the new UPS, moved the loads and configured shutdown alerts for {server}.",
    "Moved and reconnected all equipment; tested network and phones at every desk.",
};
constexpr TaskText kOnsiteTasks[] = {
    {"Schedule site visit", "Confirm a time with the contact and the site's access requirements."},
    {"Bring replacement parts", "Pick up the ordered parts from the warehouse before driving out."},
};

constexpr const char *kCablingSummaries[] = {
    "Run {n} new network drops in the conference room at {site}",
    "Dead network jack at reception desk at {site}",
    "Tidy and label patch panel at {site}",
    "Install wireless access point in the warehouse at {site}",
};
constexpr const char *kCablingDescriptions[] = {
    "We are adding desks to the conference room and need network jacks for them.",
    "The network port at the front desk stopped working; the phone there has no service.",
};
constexpr const char *kCablingAnalysis[] = {
    "Toned the drop: the run is damaged behind the wall plate. Needs re-termination.",
    "Surveyed the ceiling path; the drops can reach the patch panel in the IT closet.",
};
constexpr const char *kCablingResolutions[] = {
    "Re-terminated the jack and certified the run. Phone and PC at reception are working.",
    "Ran, terminated and tested the new drops; patched them into {switch}.",
};
constexpr TaskText kCablingTasks[] = {
    {"Certify cable runs",
     "Test each new drop with the certifier and save the report to the ticket."},
};

constexpr IssueCategory kCategories[] = {
    {"Email / Microsoft 365", IssueKind::Incident, kMailSummaries, kMailDescriptions, kMailAnalysis,
     kMailResolutions, kMailTasks},
    {"Workstation", IssueKind::Incident, kPcSummaries, kPcDescriptions, kPcAnalysis, kPcResolutions,
     kPcTasks},
    {"Printing & Scanning", IssueKind::Incident, kPrintSummaries, kPrintDescriptions,
     kPrintAnalysis, kPrintResolutions, kPrintTasks},
    {"Accounts & Access", IssueKind::Request, kAccessSummaries, kAccessDescriptions,
     kAccessAnalysis, kAccessResolutions, kAccessTasks},
    {"Software & Applications", IssueKind::Incident, kAppSummaries, kAppDescriptions, kAppAnalysis,
     kAppResolutions, kAppTasks},
    {"Phones & VoIP", IssueKind::Incident, kPhoneSummaries, kPhoneDescriptions, kPhoneAnalysis,
     kPhoneResolutions, kPhoneTasks},
    {"Security", IssueKind::Incident, kSecuritySummaries, kSecurityDescriptions, kSecurityAnalysis,
     kSecurityResolutions, kSecurityTasks},
    {"Hardware Request", IssueKind::Request, kHardwareSummaries, kHardwareDescriptions,
     kHardwareAnalysis, kHardwareResolutions, kHardwareTasks},
    {"File Shares & OneDrive", IssueKind::Incident, kFilesSummaries, kFilesDescriptions,
     kFilesAnalysis, kFilesResolutions, kFilesTasks},
    {"On-site Repair", IssueKind::Incident, kOnsiteSummaries, kOnsiteDescriptions, kOnsiteAnalysis,
     kOnsiteResolutions, kOnsiteTasks},
    {"Cabling & Wiring", IssueKind::Request, kCablingSummaries, kCablingDescriptions,
     kCablingAnalysis, kCablingResolutions, kCablingTasks},
};

} // namespace

std::span<const IssueCategory> serviceDeskCategories()
{
    return kCategories;
}

} // namespace cw::sandbox::vocab
