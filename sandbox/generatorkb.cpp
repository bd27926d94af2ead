// Knowledge-base topics: each topic yields one article per variant ({v}), e.g. per Windows version.
#include "generatorvocabulary.h"

namespace cw::sandbox::vocab {

namespace {

constexpr const char *kKbCategories[] = {
    "Windows",  "Microsoft 365", "Networking", "Printing",
    "Security", "Applications",  "Hardware",   "Backup & Recovery",
};

constexpr const char *kWin = "Windows 10|Windows 11|Windows Server 2019|Windows Server 2022";
constexpr const char *kDesk = "Windows 10|Windows 11|macOS|a Remote Desktop session";
constexpr const char *kOutlook =
    "Outlook for Microsoft 365|Outlook 2021|Outlook 2019|the new Outlook";
constexpr const char *kFw = "FortiGate|SonicWall|Meraki MX|Cisco ASA";
constexpr const char *kPrn = "HP LaserJet|Brother MFC|Canon imageRUNNER|Ricoh IM series";
constexpr const char *kPc = "Dell OptiPlex|HP EliteDesk|Lenovo ThinkPad|Dell Latitude";
constexpr const char *kBak = "Veeam|Datto|Acronis|Windows Server Backup";

constexpr KbTopic kTopics[] = {
    {"Outlook keeps prompting for credentials ({v})",
     "Outlook repeatedly asks for a password even though the password is correct. Webmail works "
     "normally.",
     "Close Outlook. Remove the saved Office credentials in Credential Manager. Sign out of Office "
     "apps, restart, then sign in again and complete MFA. If it persists, create a new mail "
     "profile.",
     kOutlook, 1},
    {"Shared mailbox not appearing in {v}",
     "A user was granted Full Access to a shared mailbox but it does not show in the folder list.",
     "Confirm the permission in the Exchange admin center. Remove and re-add it with AutoMapping "
     "enabled, then restart the client. Allow up to an hour for the change to replicate.",
     kOutlook, 1},
    {"Emails stuck in Outbox in {v}",
     "Messages remain in the Outbox and are never sent. Receiving mail still works.",
     "Check for an oversized attachment and remove it. Toggle Work Offline off. Repair the Office "
     "installation if the issue continues, then rebuild the profile.",
     kOutlook, 1},
    {"Outlook search returns no recent results ({v})",
     "Instant Search misses messages from the last days or weeks.",
     "Rebuild the Windows Search index from Indexing Options, make sure Outlook is included, and "
     "leave the computer on until indexing completes.",
     kOutlook, 1},
    {"Teams audio or video not working on {v}",
     "Other participants cannot hear the user, or the camera shows a black image in Teams "
     "meetings.",
     "Check the selected devices under Teams settings, confirm app permissions for camera and "
     "microphone in the OS privacy settings, update the audio drivers and clear the Teams cache.",
     kDesk, 1},
    {"OneDrive shows sync errors on {v}",
     "The OneDrive icon shows a red X or files show as pending indefinitely.",
     "Look for file names with invalid characters or paths over 400 characters, rename them, pause "
     "and resume sync, and reset OneDrive if needed. Files already synced are not lost by a reset.",
     kDesk, 1},
    {"Resetting MFA for a user who changed phone ({v})",
     "A user replaced their phone and can no longer approve sign-ins.",
     "Verify the user's identity by calling back the number on file. In Entra ID, require "
     "re-registration of MFA, revoke sessions and walk the user through registering the "
     "authenticator app again.",
     "Microsoft Authenticator|SMS codes|a hardware token|Duo", 4},
    {"Slow startup after updates on {v}",
     "The computer takes several minutes to reach the desktop after a patch cycle.",
     "Let pending updates finish, then check startup apps in Task Manager, run the disk cleanup "
     "for update files, and verify the disk health. Consider an SSD upgrade for older machines.",
     kWin, 0},
    {"Windows Update fails with 0x80070002 on {v}",
     "Updates download but fail to install with error 0x80070002.",
     "Stop the Windows Update and BITS services, rename the SoftwareDistribution folder, start the "
     "services again and retry. Run DISM RestoreHealth and SFC if it still fails.",
     kWin, 0},
    {"Mapped drives missing at logon on {v}",
     "Network drives do not appear after sign-in, especially for remote users.",
     "Check that the device can reach the file server when the policy runs. Enable 'Always wait "
     "for the network at computer startup and logon' and consider item-level targeting or a logon "
     "script for VPN users.",
     kWin, 0},
    {"User profile loads as a temporary profile on {v}",
     "The user signs in to an empty desktop with a warning about a temporary profile.",
     "Back up the user's data, remove the .bak entry for the SID under ProfileList in the "
     "registry, reboot and sign in again. Restore data if the profile had to be recreated.",
     kWin, 0},
    {"Blue screen after driver update on {v}",
     "The computer crashes with a stop error shortly after a driver update.",
     "Boot into safe mode, roll back the recently updated driver, and collect the minidump for "
     "analysis. Install the vendor's current driver rather than the Windows Update one.",
     kWin, 0},
    {"Disk cleanup procedure for {v}",
     "A system volume is running out of free space and monitoring raised an alert.",
     "Run Disk Cleanup including system files, clear old logs and temp folders, and check for "
     "large folders with a disk usage tool. Never delete user data without approval.",
     kWin, 0},
    {"Printer shows offline ({v})",
     "The printer appears as offline on workstations even though it is powered on.",
     "Confirm the printer's IP address, reserve it in DHCP, update the port on the print server, "
     "and restart the print spooler. Disable SNMP status on the port if the model reports "
     "incorrectly.",
     kPrn, 3},
    {"Scan to email stopped working ({v})",
     "Scanning to email fails with an authentication or connection error.",
     "Microsoft 365 no longer accepts basic authentication for SMTP. Configure the device to use "
     "the SMTP relay connector or an app-specific method supported by the vendor, then send a test "
     "scan.",
     kPrn, 3},
    {"Print jobs stuck in the queue ({v})", "Jobs accumulate in the queue and nothing prints.",
     "Stop the spooler, delete the files in the spool PRINTERS folder, start the spooler and "
     "resend the job. Update the print driver to the vendor's universal driver if it recurs.",
     kPrn, 3},
    {"Deploying printers by group policy ({v})",
     "New users do not get the office printers automatically.",
     "Share the printer from the print server and deploy it with Group Policy Preferences targeted "
     "at the right security group. Verify with gpresult on a workstation.",
     kPrn, 3},
    {"VPN client fails to connect ({v})",
     "Remote users get a connection failed message from the VPN client.",
     "Check the VPN logs on the firewall for authentication or certificate errors, confirm the "
     "user is in the VPN group, and verify the client version matches the firmware requirements.",
     kFw, 2},
    {"VPN connected but internal servers unreachable ({v})",
     "The VPN shows connected but users cannot reach file shares or internal apps.",
     "Verify the split-tunnel routes include every internal subnet, check DNS settings pushed to "
     "clients, and confirm firewall policies allow the VPN subnet to reach the servers.",
     kFw, 2},
    {"Disabling SIP ALG for VoIP phones ({v})",
     "Desk phones lose registration or calls have one-way audio.",
     "Disable SIP ALG on the firewall, increase the UDP session timeout for SIP, and reboot the "
     "phones. Confirm registration in the PBX portal.",
     kFw, 2},
    {"Firmware upgrade procedure ({v})",
     "The firewall firmware is out of date or affected by a published vulnerability.",
     "Back up the configuration, check the supported upgrade path, schedule a maintenance window, "
     "upgrade, and verify VPNs, policies and internet access afterwards.",
     kFw, 2},
    {"Intermittent internet drops ({v})",
     "Users lose internet access for short periods several times a day.",
     "Check WAN interface errors and logs on the firewall, test the cable to the modem, and "
     "collect timestamps to give the ISP. Configure a secondary WAN for failover if available.",
     kFw, 2},
    {"Weak Wi-Fi coverage in part of the office ({v})",
     "Users in one area report slow or dropping wireless connections.",
     "Review the controller's heat map, adjust channels and transmit power, and consider adding an "
     "access point. Avoid placing access points behind concrete or metal.",
     "UniFi|Meraki MR|Aruba Instant On|Ruckus", 2},
    {"Switch port flapping ({v})", "Monitoring reports a switch port going up and down repeatedly.",
     "Replace the patch cable, test the wall jack, and check the connected device's NIC. Enable "
     "port security logging to capture the attached MAC address.",
     "Cisco Catalyst|Aruba CX|UniFi|Meraki MS", 2},
    {"Handling a reported phishing email ({v})",
     "A user reports a suspicious email or admits to clicking a link in one.",
     "If credentials were entered, reset the password, revoke sessions and check for malicious "
     "inbox rules. Search for and purge the message tenant-wide and block the sender.",
     "Microsoft 365|Google Workspace|a shared mailbox|a mobile device", 4},
    {"Compromised account response checklist ({v})",
     "A user's account is sending spam or shows sign-ins from unexpected locations.",
     "Block sign-in, reset the password, revoke sessions, review MFA methods, remove forwarding "
     "and inbox rules, check audit logs for data access, then re-enable the account and notify the "
     "client.",
     "Microsoft 365|Entra ID|Google Workspace|a VPN account", 4},
    {"Endpoint protection quarantined a file ({v})",
     "The EDR agent reports a quarantined threat on a workstation.",
     "Review the detection details, confirm the quarantine succeeded, run a full scan, and remove "
     "the source application. Escalate if the detection indicates lateral movement.",
     "SentinelOne|Microsoft Defender|Huntress|Sophos", 4},
    {"BitLocker recovery key prompt ({v})",
     "The computer asks for a BitLocker recovery key at boot.",
     "Look up the key in Entra ID or Active Directory using the key ID shown, provide it after "
     "verifying the user, and check for firmware or TPM changes that triggered recovery.",
     kPc, 4},
    {"QuickBooks company file opens slowly ({v})",
     "Opening the company file over the network takes several minutes.",
     "Make sure the Database Server Manager is running on the host, the file is scanned, and users "
     "open it by the server's UNC path rather than a mapped drive letter.",
     "QuickBooks Enterprise|QuickBooks Premier|QuickBooks Pro|QuickBooks Accountant", 5},
    {"Adobe Acrobat asks to sign in repeatedly ({v})",
     "Acrobat keeps asking the user to sign in or reports the licence as expired.",
     "Sign out of Creative Cloud, clear the OOBE folder, sign in again with the licensed account, "
     "and confirm the licence assignment in the Adobe admin console.",
     "Acrobat Pro|Acrobat Standard|Acrobat Reader|Creative Cloud", 5},
    {"Application crashes at startup ({v})",
     "A line-of-business application closes immediately after launch.",
     "Check the Application event log for the faulting module, disable add-ins, run a repair "
     "install and test with a new Windows profile to rule out profile corruption.",
     "Sage 100|Dentrix|AutoCAD|Bluebeam Revu", 5},
    {"Installing software that requires admin rights ({v})",
     "A standard user needs an application installed but has no admin rights.",
     "Confirm the request is approved, install it through the RMM or Intune, and avoid granting "
     "permanent admin rights. Document the software in the client's inventory.",
     kDesk, 5},
    {"Docking station displays not detected ({v})",
     "External monitors connected through a dock stay black.",
     "Update the dock firmware and the laptop's graphics and Thunderbolt drivers, reseat cables, "
     "and check the display settings for the correct mode.",
     kPc, 6},
    {"Laptop battery drains quickly ({v})", "The battery lasts far less than expected.",
     "Generate a battery report to compare full charge capacity with design capacity. Replace "
     "under warranty if it is below 60%; otherwise review power settings and background apps.",
     kPc, 6},
    {"Computer does not power on ({v})",
     "The device shows no lights and does not respond to the power button.",
     "Test another outlet and cable, drain residual power, reseat memory, and run the "
     "manufacturer's diagnostics. Open a warranty case with the service tag if hardware failed.",
     kPc, 6},
    {"Replacing a failed drive in a RAID array ({v})",
     "The storage controller reports a degraded array.",
     "Identify the failed disk from the controller, confirm the backup is current, hot-swap the "
     "drive with a matching replacement and monitor the rebuild to completion.",
     "Dell PERC|HPE Smart Array|Lenovo ThinkSystem RAID|Synology NAS", 6},
    {"UPS battery replacement ({v})", "The UPS fails its self-test or beeps continuously.",
     "Check the battery age and load, schedule a replacement, and configure the shutdown agent so "
     "servers shut down cleanly during long outages.",
     "APC Smart-UPS|CyberPower|Eaton 5P|Tripp Lite", 6},
    {"Backup job failed: VSS error ({v})",
     "The nightly backup fails because a snapshot could not be created.",
     "Run vssadmin list writers, restart the services of failed writers, check free space for "
     "shadow storage, and re-run the job. Reboot the server during a maintenance window if writers "
     "stay failed.",
     kBak, 7},
    {"Restoring deleted files from backup ({v})",
     "A user deleted files or a folder on a file share and needs them back.",
     "Confirm the path and the time of deletion, restore from the most recent good restore point "
     "to the original location without overwriting newer files, and verify with the user.",
     kBak, 7},
    {"Testing backups with a restore ({v})", "Backups report success but have not been tested.",
     "Restore a sample of files and, quarterly, a full server to an isolated network. Record the "
     "results in the client's documentation.",
     kBak, 7},
    {"Offsite backup replication falling behind ({v})",
     "Offsite copies are days behind the local backups.",
     "Check upload bandwidth and QoS rules, look for an unusually large change rate, and seed a "
     "new full copy if the chain is broken.",
     kBak, 7},
    {"Setting up a new user ({v})", "A client requests accounts and equipment for a new employee.",
     "Use the onboarding checklist: create the account, assign licences and groups, prepare the "
     "device, set up phone and printers, and send sign-in details to the manager.",
     "Microsoft 365|Active Directory|Google Workspace|a hybrid environment", 1},
    {"Offboarding a departing user ({v})",
     "A client asks to remove access for an employee who is leaving.",
     "Block sign-in, reset the password, convert the mailbox to shared if needed, remove licences, "
     "transfer files, collect equipment and revoke VPN and application access.",
     "Microsoft 365|Active Directory|Google Workspace|a hybrid environment", 1},
    {"Calendar invites not updating ({v})",
     "Meeting updates do not appear in attendees' calendars or show duplicates.",
     "Check for delegates with editor rights who also process invites, remove stale delegates, and "
     "have the organiser resend the update. Clear the offline cache if the client shows "
     "duplicates.",
     kOutlook, 1},
    {"Mailbox almost full ({v})", "The user receives warnings that the mailbox is nearly full.",
     "Enable the online archive and an archive retention policy, empty Deleted Items, and remove "
     "large attachments. Upgrade the licence if the mailbox genuinely needs more space.",
     kOutlook, 1},
    {"Black screen after sign-in on {v}",
     "The user signs in and sees a black screen with only the mouse pointer.",
     "Press Ctrl+Shift+Esc, start explorer.exe from Task Manager, then check for a failed display "
     "driver update or a corrupt shell extension. Roll back recent updates if needed.",
     kWin, 0},
    {"Time sync problems on domain computers ({v})",
     "Computers show the wrong time and sign-ins fail with Kerberos errors.",
     "Make the PDC emulator sync with a reliable external source, set domain members to sync from "
     "the domain hierarchy, and run w32tm /resync on affected machines.",
     kWin, 0},
    {"Guest Wi-Fi password rotation ({v})",
     "The client wants the guest wireless password changed on a schedule.",
     "Change the pre-shared key on the guest SSID, keep guest traffic isolated from the internal "
     "network, and send the new password to the client's contact.",
     "UniFi|Meraki MR|Aruba Instant On|Ruckus", 2},
    {"Configuring a voice VLAN ({v})",
     "Phones and computers share one network and call quality suffers.",
     "Create a voice VLAN, set it on access ports with LLDP-MED or CDP so phones tag their "
     "traffic, and apply QoS to prioritise voice.",
     "Cisco Catalyst|Aruba CX|UniFi|Meraki MS", 2},
    {"Two-factor prompts not arriving ({v})",
     "The user does not receive sign-in approval notifications.",
     "Check notification permissions for the authenticator app, the phone's date and time, and "
     "battery optimisation settings. Use a verification code as a fallback and re-register if "
     "needed.",
     "Microsoft Authenticator|SMS codes|a hardware token|Duo", 4},
    {"Ransomware first response ({v})", "Files are encrypted or renamed and a ransom note appears.",
     "Disconnect affected machines from the network without powering them off, disable compromised "
     "accounts, preserve logs, notify the client's management and start the incident response plan "
     "before restoring from clean backups.",
     "a workstation|a file server|a hypervisor|a cloud tenant", 4},
    {"Line-of-business app update checklist ({v})",
     "A vendor released an update that must be installed on all computers.",
     "Read the release notes, back up the database, update the server component first, then push "
     "the client update through the RMM during a maintenance window and test with a key user.",
     "Sage 100|Dentrix|AutoCAD|Bluebeam Revu", 5},
};

} // namespace

std::span<const KbTopic> kbTopics()
{
    return kTopics;
}
Words kbCategories()
{
    return kKbCategories;
}

} // namespace cw::sandbox::vocab
