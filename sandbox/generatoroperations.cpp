// The operations side of the issue catalogue: network operations, monitoring alerts, projects and
// onboarding, and the escalation board's server outages.
#include "generatorvocabulary.h"

namespace cw::sandbox::vocab {

namespace {

// --- Internet / WAN ----------------------------------------------------------------------------
constexpr const char *kWanSummaries[] = {
    "Internet down at {site}",
    "Intermittent internet drops at {company}",
    "Slow internet speeds at {site} - {isp} circuit",
    "Failover to backup ISP triggered on {firewall}",
    "High latency to cloud apps from {site}",
};
constexpr const char *kWanDescriptions[] = {
    "The internet is completely down in our office. Nobody can get to anything online.",
    "Our internet keeps cutting out for a minute or two several times a day.",
    "Everything online is very slow today, including video calls.",
};
constexpr const char *kWanAnalysis[] = {
    "{firewall} shows WAN1 down; the {isp} modem has no sync light. Opened a ticket with {isp}.",
    "Interface statistics on {firewall} show CRC errors on the WAN port; the cable to the modem "
    "looks damaged.",
    "Speed tests from {firewall} reach about 20% of the contracted bandwidth; traffic graphs show "
    "no saturation.",
};
constexpr const char *kWanResolutions[] = {
    "{isp} replaced the modem on site. Circuit is up and stable; failover returned to the primary "
    "link.",
    "Replaced the WAN patch cable; no errors or drops over 48 hours.",
    "{isp} fixed a provisioning error on their side. Speed tests now match the contract.",
};
constexpr TaskText kWanTasks[] = {
    {"Open carrier ticket", "Call the ISP with the circuit ID and request a line test."},
    {"Verify failover", "Confirm the secondary WAN takes over and fails back cleanly."},
};

// --- Firewall & VPN ----------------------------------------------------------------------------
constexpr const char *kVpnSummaries[] = {
    "{user} unable to connect to VPN from home", "VPN connects but cannot reach {server}",
    "Firmware update needed on {firewall}",      "Open port for new camera system at {site}",
    "Site-to-site VPN down between offices",
};
constexpr const char *kVpnDescriptions[] = {
    "I am working from home today and the VPN says the connection attempt failed.",
    "The VPN connects but I cannot open any of the shared drives or the accounting program.",
    "Our camera installer needs a port opened so they can view the cameras remotely.",
};
constexpr const char *kVpnAnalysis[] = {
    "VPN logs on {firewall} show the user's certificate expired yesterday.",
    "Split tunnel routes do not include the server subnet added last month.",
    "Phase 2 negotiation fails: the remote side changed its encryption proposal after an update.",
};
constexpr const char *kVpnResolutions[] = {
    "Renewed the user certificate and re-imported the profile. {user} connected successfully.",
    "Added the missing subnet to the VPN routes; {server} is reachable over the tunnel.",
    "Matched the phase 2 proposals on both ends; the tunnel is up and monitored.",
};
constexpr TaskText kVpnTasks[] = {
    {"Back up firewall config", "Export the configuration before making any change."},
    {"Schedule maintenance window",
     "Agree a time with the client for the firmware upgrade and reboot."},
};

// --- Wireless and switching ----------------------------------------------------------------------
constexpr const char *kWifiSummaries[] = {
    "Wi-Fi dead spot in the back office at {site}", "Guest Wi-Fi password change for {company}",
    "Laptops dropping Wi-Fi connection at {site}",  "Switch port flapping on {switch}",
    "Configure new VLAN for phones on {switch}",    "Replace failed switch {switch}",
};
constexpr const char *kWifiDescriptions[] = {
    "The Wi-Fi in the back offices is really weak and keeps dropping.",
    "Can you change the guest Wi-Fi password? We change it every quarter.",
    "Several people lost network at their desks at the same time.",
};
constexpr const char *kWifiAnalysis[] = {
    "Heat map from the controller shows -78 dBm in the back offices; the nearest access point is "
    "behind a concrete wall.",
    "{switch} logs show port 14 going up and down every few seconds; likely a bad cable or NIC.",
    "Client logs show roaming between two APs on the same channel; channel plan needs adjusting.",
};
constexpr const char *kWifiResolutions[] = {
    "Adjusted channels and transmit power and added an access point for the back offices. Signal "
    "is now -55 dBm.",
    "Replaced the patch cable on port 14; the port has been stable since.",
    "Configured the voice VLAN and QoS on {switch}; phones picked up the new VLAN.",
};
constexpr TaskText kWifiTasks[] = {
    {"Update network diagram",
     "Record the new VLAN or access point in the client's network documentation."},
};

// --- Monitoring alerts -------------------------------------------------------------------------
constexpr const char *kDiskSummaries[] = {
    "[RMM] Disk C: below 10% free on {server}",
    "[RMM] Disk D: below 5% free on {server}",
    "[RMM] Low disk space on {pc}",
    "[RMM] Volume shadow copy storage full on {server}",
};
constexpr const char *kDiskDescriptions[] = {
    "Automated alert: the free space threshold was crossed on the monitored volume. Current free "
    "space 7.4 GB of 120 GB.",
    "Automated alert: disk space check failed for three consecutive polls.",
};
constexpr const char *kDiskAnalysis[] = {
    "WinDirStat shows 30 GB of old IIS logs and an abandoned software installer cache on {server}.",
    "SQL transaction log on {server} has grown because log backups are not running.",
};
constexpr const char *kDiskResolutions[] = {
    "Cleaned up old logs and temp files and set up log rotation. Free space is back above 40%.",
    "Fixed the SQL log backup job and shrank the log file. Alert cleared.",
};
constexpr TaskText kDiskTasks[] = {
    {"Clean up disk space",
     "Remove temp files, old logs and update caches; do not delete user data."},
};

constexpr const char *kOfflineSummaries[] = {
    "[RMM] {server} is offline",
    "[RMM] {firewall} not responding to ping",
    "[RMM] Agent offline on {pc} for 7 days",
    "[RMM] {switch} unreachable from the monitoring probe",
    "[RMM] Unexpected shutdown detected on {server}",
};
constexpr const char *kOfflineDescriptions[] = {
    "Automated alert: the device has stopped responding to the monitoring agent heartbeat.",
    "Automated alert: ICMP and SNMP checks failed. The device may be offline or unreachable.",
};
constexpr const char *kOfflineAnalysis[] = {
    "iDRAC shows {server} powered off after a power event; the UPS ran out of battery overnight.",
    "Contacted {user}: the office had a planned power shutdown for electrical work.",
    "The PC was re-imaged by the client and the agent was not reinstalled.",
};
constexpr const char *kOfflineResolutions[] = {
    "Powered {server} back on remotely and verified all services started. Alert cleared.",
    "Device came back online after the planned outage; no action needed.",
    "Reinstalled the RMM agent; the device is reporting again.",
};
constexpr TaskText kOfflineTasks[] = {
    {"Verify services after restart",
     "Check that all automatic services are running and users can log in."},
};

constexpr const char *kBackupSummaries[] = {
    "[Backup] Nightly backup failed for {server}",
    "[Backup] Offsite replication behind by 3 days for {company}",
    "[Backup] Backup job completed with warnings on {server}",
    "[Backup] Microsoft 365 backup failed for {n} mailboxes",
};
constexpr const char *kBackupDescriptions[] = {
    "Automated alert: the scheduled backup job reported Failed. Error: VSS snapshot could not be "
    "created.",
    "Automated alert: offsite copy has not completed within the configured window.",
};
constexpr const char *kBackupAnalysis[] = {
    "VSS writers on {server} show the SQL writer in a failed state.",
    "Offsite upload speed is capped by the QoS rule on {firewall} during business hours.",
    "The service account used by the backup lost its licence and the API calls return "
    "unauthorized.",
};
constexpr const char *kBackupResolutions[] = {
    "Restarted the failed VSS writer services and re-ran the job manually; it completed "
    "successfully.",
    "Adjusted the QoS schedule; replication caught up overnight.",
    "Re-licensed the backup service account; the next scheduled job completed for all mailboxes.",
};
constexpr TaskText kBackupTasks[] = {
    {"Run manual backup", "Start the job manually and confirm it completes without warnings."},
    {"Test restore",
     "Restore a sample file to an alternate location to prove the backup is usable."},
};

constexpr const char *kPerfSummaries[] = {
    "[RMM] CPU above 95% for 30 minutes on {server}",
    "[RMM] Memory usage critical on {server}",
    "[RMM] Service stopped: Print Spooler on {server}",
    "[RMM] High disk latency on {server}",
};
constexpr const char *kPerfDescriptions[] = {
    "Automated alert: performance threshold exceeded on the monitored device.",
    "Automated alert: a monitored Windows service is not running.",
};
constexpr const char *kPerfAnalysis[] = {
    "A runaway antivirus scan was using most of the CPU on {server}.",
    "Memory is consumed by the SQL instance with no maximum memory set.",
};
constexpr const char *kPerfResolutions[] = {
    "Moved the scheduled scan outside business hours; CPU back to normal levels.",
    "Configured the SQL maximum memory setting; memory usage is stable at 75%.",
};

constexpr const char *kEdrSummaries[] = {
    "[EDR] Threat quarantined on {pc}",
    "[EDR] Suspicious PowerShell activity on {pc}",
    "[EDR] Agent out of date on {n} devices at {company}",
    "[Patch] {n} critical updates missing on {server}",
    "[Patch] Reboot pending for 14 days on {pc}",
};
constexpr const char *kEdrDescriptions[] = {
    "Automated alert: the endpoint protection agent detected and quarantined a threat.",
    "Automated alert: patch compliance policy reports the device is out of compliance.",
};
constexpr const char *kEdrAnalysis[] = {
    "The detection is an adware bundle from a free PDF converter {user} downloaded; quarantine was "
    "successful.",
    "The PowerShell activity was a legitimate vendor script; added a scoped exclusion after "
    "review.",
    "Patch installation is blocked by a pending reboot; the user never restarts the machine.",
};
constexpr const char *kEdrResolutions[] = {
    "Removed the unwanted software, ran a full scan (clean) and reminded {user} about approved "
    "downloads.",
    "Rebooted during the maintenance window and installed the missing updates. Device is "
    "compliant.",
};

// --- Projects and onboarding -------------------------------------------------------------------
constexpr const char *kOnboardSummaries[] = {
    "New hire setup for {company} - starting Monday",
    "Onboard new employee at {site}",
    "Set up accounts and laptop for new {company} staff member",
    "New user request: accounting assistant starting next week",
};
constexpr const char *kOnboardDescriptions[] = {
    "We have a new employee starting Monday in the front office. They will need email, a computer "
    "and access to the shared drive.",
    "New hire form attached. Same access as the rest of the accounting team, plus a phone "
    "extension please.",
};
constexpr const char *kOnboardAnalysis[] = {
    "Received the completed onboarding form from {user}; licences are available in the tenant.",
    "The new laptop is imaged and enrolled; waiting on the start date to enable the account.",
};
constexpr const char *kOnboardResolutions[] = {
    "Accounts, licence, laptop and phone extension are ready. Sent the welcome sheet to {user}.",
    "New user signed in on the first day with {member}'s help; mailbox, shared drive and printers "
    "are working.",
};
constexpr TaskText kOnboardTasks[] = {
    {"Create Microsoft 365 account",
     "Create the user, assign the licence and add to the right groups."},
    {"Prepare laptop", "Image, enroll and name the laptop per the client's standard."},
    {"Set up phone extension", "Add the extension in the PBX portal and assign a handset."},
    {"Send welcome sheet", "Email the sign-in instructions to the manager, not the new hire."},
};

constexpr const char *kOffboardSummaries[] = {
    "Offboard departing employee at {site}",
    "Disable accounts for terminated employee at {company}",
    "Employee leaving Friday - remove access and collect laptop",
};
constexpr const char *kOffboardDescriptions[] = {
    "Please disable the accounts of an employee who is leaving on Friday and forward their email "
    "to their manager.",
    "We had to let someone go this morning. Please remove all of their access right away.",
};
constexpr const char *kOffboardAnalysis[] = {
    "Confirmed the last working day and the mailbox forwarding target with {user}.",
    "Reviewed the user's group memberships, shared mailbox delegations and VPN access before "
    "removal.",
};
constexpr const char *kOffboardResolutions[] = {
    "Disabled the sign-in, converted the mailbox to shared, delegated it to the manager and "
    "collected the laptop.",
    "All access removed, licence reclaimed and files transferred to the manager's OneDrive. "
    "Confirmed with {user}.",
};
constexpr TaskText kOffboardTasks[] = {
    {"Block sign-in and reset password",
     "Block the account, reset the password and revoke sessions."},
    {"Convert mailbox to shared",
     "Convert the mailbox, delegate it to the manager and remove the licence."},
    {"Collect equipment", "Arrange the return of the laptop and phone and wipe them."},
};

constexpr const char *kMigrationSummaries[] = {
    "Migrate file shares from {server} to SharePoint",
    "Replace {server} - end of warranty",
    "Upgrade {firewall} to new model",
    "Windows 11 upgrade for {n} workstations at {company}",
    "Move {company} to new office - IT relocation",
};
constexpr const char *kMigrationDescriptions[] = {
    "Project approved by the client. Scope and timeline are in the attached statement of work.",
    "The client signed the quote for the hardware refresh; equipment is on order.",
};
constexpr const char *kMigrationAnalysis[] = {
    "Kick-off meeting held with {user}; agreed a weekend cutover to avoid downtime.",
    "Inventory complete: {n} devices in scope, two need RAM upgrades first.",
};
constexpr const char *kMigrationResolutions[] = {
    "Cutover completed over the weekend. All users verified access on Monday morning.",
    "Project complete; old equipment wiped and collected for recycling with certificates.",
};
constexpr TaskText kMigrationTasks[] = {
    {"Kick-off meeting", "Review scope, timeline and communication plan with the client."},
    {"Pre-migration checks", "Verify backups, licences and network capacity before the cutover."},
    {"Cutover", "Perform the migration during the agreed window."},
    {"Post-project review", "Walk through the results with the client and close out the project."},
};

// --- Escalations -------------------------------------------------------------------------------
constexpr const char *kOutageSummaries[] = {
    "{server} down - all users affected at {company}",
    "Line-of-business app {app} unavailable company-wide",
    "RAID degraded on {server} - drive failure",
    "Ransomware suspected at {company} - files encrypted",
    "Domain controller replication failing at {company}",
};
constexpr const char *kOutageDescriptions[] = {
    "Nobody in the office can open the shared drives or the main program. This is urgent, we "
    "cannot work.",
    "Escalated from the service desk: the issue affects the whole site and tier 1 steps did not "
    "help.",
};
constexpr const char *kOutageAnalysis[] = {
    "Storage controller reports a failed disk and a second disk with predictive failure on "
    "{server}.",
    "Isolated the affected machines from the network and disabled the compromised account.",
    "DC event logs show USN rollback after a snapshot restore on the hypervisor.",
};
constexpr const char *kOutageResolutions[] = {
    "Replaced the failed drives under warranty; the array rebuilt successfully and services are "
    "back.",
    "Restored the affected data from the last clean backup, rebuilt the infected machines and "
    "reset credentials.",
    "Demoted and re-promoted the affected domain controller; replication is healthy.",
};
constexpr TaskText kOutageTasks[] = {
    {"Notify client management",
     "Call the client's primary contact with an impact statement and next update time."},
    {"Engage vendor support", "Open a priority case with the hardware or software vendor."},
    {"Write incident report",
     "Summarise timeline, root cause and prevention steps for the client."},
};

constexpr IssueCategory kCategories[] = {
    {"Internet / WAN", IssueKind::Incident, kWanSummaries, kWanDescriptions, kWanAnalysis,
     kWanResolutions, kWanTasks},
    {"Firewall & VPN", IssueKind::Incident, kVpnSummaries, kVpnDescriptions, kVpnAnalysis,
     kVpnResolutions, kVpnTasks},
    {"Wireless & Switching", IssueKind::Change, kWifiSummaries, kWifiDescriptions, kWifiAnalysis,
     kWifiResolutions, kWifiTasks},
    {"Disk Space", IssueKind::Alert, kDiskSummaries, kDiskDescriptions, kDiskAnalysis,
     kDiskResolutions, kDiskTasks},
    {"Device Offline", IssueKind::Alert, kOfflineSummaries, kOfflineDescriptions, kOfflineAnalysis,
     kOfflineResolutions, kOfflineTasks},
    {"Backup", IssueKind::Alert, kBackupSummaries, kBackupDescriptions, kBackupAnalysis,
     kBackupResolutions, kBackupTasks},
    {"Performance",
     IssueKind::Alert,
     kPerfSummaries,
     kPerfDescriptions,
     kPerfAnalysis,
     kPerfResolutions,
     {}},
    {"Endpoint Security & Patching",
     IssueKind::Alert,
     kEdrSummaries,
     kEdrDescriptions,
     kEdrAnalysis,
     kEdrResolutions,
     {}},
    {"New User Onboarding", IssueKind::Request, kOnboardSummaries, kOnboardDescriptions,
     kOnboardAnalysis, kOnboardResolutions, kOnboardTasks},
    {"User Offboarding", IssueKind::Request, kOffboardSummaries, kOffboardDescriptions,
     kOffboardAnalysis, kOffboardResolutions, kOffboardTasks},
    {"Migration & Upgrade", IssueKind::Project, kMigrationSummaries, kMigrationDescriptions,
     kMigrationAnalysis, kMigrationResolutions, kMigrationTasks},
    {"Major Outage", IssueKind::Incident, kOutageSummaries, kOutageDescriptions, kOutageAnalysis,
     kOutageResolutions, kOutageTasks},
};

} // namespace

std::span<const IssueCategory> operationsCategories()
{
    return kCategories;
}

} // namespace cw::sandbox::vocab
