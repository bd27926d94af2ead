// Word lists and text snippets of the sandbox's generated data: people, places, companies, devices,
// the MSP issue catalogue (summaries, notes, tasks per category) and knowledge-base topics.
#pragma once

#include <span>

namespace cw::sandbox::vocab {

// Text templates may name slots in braces, filled per ticket (see generatorcontext.h):
// {user} contact first name, {contact} full name, {company}, {site}, {member} technician first
// name, {device} any device, {server}, {pc}, {laptop}, {printer}, {firewall}, {switch}, {app},
// {isp}, {mailbox}, {n} a small number, {v} a knowledge-base variant.
using Words = std::span<const char *const>;

struct City
{
    const char *city;
    const char *state; // identifier, e.g. "FL"
    const char *stateName;
    const char *zip; // a real-looking 5-digit zip of the city
    const char *areaCode;
};

struct DeviceModel
{
    const char *type; // configuration type name: Server, Workstation, Laptop, ...
    const char *code; // host-name code, e.g. "DC" for ACME-DC01
    const char *manufacturer;
    const char *model;
    const char *os;
};

struct MemberRole
{
    const char *title;
    const char *team; // key of the team the member works in (see DataGenerator boards)
};

enum class IssueKind { Incident, Request, Change, Alert, Project };

struct TaskText
{
    const char *summary;
    const char *notes;
};

struct IssueCategory
{
    const char *subType; // also the board subtype's name
    IssueKind kind;
    Words summaries;    // <= 100 characters once filled
    Words descriptions; // the first note, in the customer's (or the monitoring system's) voice
    Words analysis;     // internal technician notes
    Words resolutions;
    std::span<const TaskText> tasks;
};

struct KbTopic
{
    const char *title; // with {v}
    const char *issue;
    const char *resolution;
    const char *variants; // '|'-separated values of {v}
    int category;         // index into kbCategories()
};

Words firstNames();
Words lastNames();
std::span<const City> cities();
Words streets();
Words companyStems();
Words companyIndustries();
Words siteNames();
Words contactTitles();
std::span<const MemberRole> memberRoles();
std::span<const DeviceModel> deviceModels();
Words applications();
Words isps();
Words mailboxes();

// Generic technician notes usable on any ticket.
Words genericDiscussion();
Words genericInternal();
Words genericResolutions();
std::span<const TaskText> genericTasks();

std::span<const IssueCategory> serviceDeskCategories(); // generatorissues.cpp
std::span<const IssueCategory>
operationsCategories(); // generatoroperations.cpp: NOC, alerts, projects

std::span<const KbTopic> kbTopics(); // generatorkb.cpp
Words kbCategories();

} // namespace cw::sandbox::vocab
