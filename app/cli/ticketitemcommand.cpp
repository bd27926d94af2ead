#include "ticketitemcommand.h"

#include "clicontext.h"
#include "terminal.h"

#include "desk/desk.h"
#include "desk/ticketitemchange.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

QStringList wordsFor(TicketItemCommand::Verb verb)
{
    using Verb = TicketItemCommand::Verb;
    switch (verb) {
    case Verb::NoteAdd:
        return {u"note"_s, u"add"_s};
    case Verb::TaskAdd:
        return {u"task"_s, u"add"_s};
    case Verb::TaskDone:
        return {u"task"_s, u"done"_s};
    case Verb::ConfigAttach:
        return {u"config"_s, u"attach"_s};
    case Verb::ConfigDetach:
        return {u"config"_s, u"detach"_s};
    }
    return {};
}

} // namespace

TicketItemCommand::TicketItemCommand(Verb verb, CliContext *context)
    : Command(wordsFor(verb), context)
    , m_verb(verb)
{
}

QString TicketItemCommand::synopsis() const
{
    switch (m_verb) {
    case Verb::NoteAdd:
        return tr("TICKET_ID --text TEXT [--internal] [--resolution]");
    case Verb::TaskAdd:
        return tr("TICKET_ID --notes TEXT");
    case Verb::TaskDone:
        return tr("TICKET_ID TASK_ID");
    case Verb::ConfigAttach:
    case Verb::ConfigDetach:
        return tr("TICKET_ID CONFIGURATION");
    }
    return {};
}

QString TicketItemCommand::summary() const
{
    switch (m_verb) {
    case Verb::NoteAdd:
        return tr("Add a note to a ticket.");
    case Verb::TaskAdd:
        return tr("Add a task to a ticket.");
    case Verb::TaskDone:
        return tr("Mark a task of a ticket as done.");
    case Verb::ConfigAttach:
        return tr("Attach a configuration to a ticket.");
    case Verb::ConfigDetach:
        return tr("Detach a configuration from a ticket.");
    }
    return {};
}

QString TicketItemCommand::description() const
{
    switch (m_verb) {
    case Verb::NoteAdd:
        return tr("A note is a discussion note unless --internal or --resolution says otherwise "
                  "(--discussion adds the discussion flag to those). --text - reads the text "
                  "from standard input.\nPrints the new note.");
    case Verb::TaskAdd:
        return tr("Prints the new task.");
    case Verb::TaskDone:
        return tr("Prints the task as the server has it now.");
    case Verb::ConfigAttach:
    case Verb::ConfigDetach:
        return tr("CONFIGURATION is the configuration's id or its device identifier "
                  "(e.g. RTC-FW01).");
    }
    return {};
}

QList<QCommandLineOption> TicketItemCommand::options() const
{
    switch (m_verb) {
    case Verb::NoteAdd:
        return {{u"text"_s, tr("The note's text; - reads it from standard input."), u"TEXT"_s},
                {u"internal"_s, tr("An internal note (internal analysis).")},
                {u"resolution"_s, tr("A resolution note.")},
                {u"discussion"_s, tr("Also a discussion note (the default without the other "
                                     "two).")}};
    case Verb::TaskAdd:
        return {{u"notes"_s, tr("What is to be done (required)."), u"TEXT"_s},
                {u"summary"_s, tr("A short title."), u"TEXT"_s}};
    case Verb::TaskDone:
        return {{u"resolution"_s, tr("How it was done."), u"TEXT"_s}};
    case Verb::ConfigAttach:
    case Verb::ConfigDetach:
        break;
    }
    return {};
}

QList<OutputFormatter::Column> TicketItemCommand::noteColumns()
{
    return {{QT_TRANSLATE_NOOP("cw::Column", "ID"), u"id"_s},
            {QT_TRANSLATE_NOOP("cw::Column", "Ticket"), u"ticketId"_s},
            {QT_TRANSLATE_NOOP("cw::Column", "Created"), u"dateCreated"_s},
            {QT_TRANSLATE_NOOP("cw::Column", "By"), u"createdBy"_s},
            {QT_TRANSLATE_NOOP("cw::Column", "Discussion"), u"detailDescriptionFlag"_s},
            {QT_TRANSLATE_NOOP("cw::Column", "Internal"), u"internalAnalysisFlag"_s},
            {QT_TRANSLATE_NOOP("cw::Column", "Resolution"), u"resolutionFlag"_s},
            {QT_TRANSLATE_NOOP("cw::Column", "Text"), u"text"_s}};
}

QList<OutputFormatter::Column> TicketItemCommand::taskColumns()
{
    return {{QT_TRANSLATE_NOOP("cw::Column", "ID"), u"id"_s},
            {QT_TRANSLATE_NOOP("cw::Column", "Ticket"), u"ticketId"_s},
            {QT_TRANSLATE_NOOP("cw::Column", "Done"), u"closedFlag"_s},
            {QT_TRANSLATE_NOOP("cw::Column", "Priority"), u"priority"_s},
            {QT_TRANSLATE_NOOP("cw::Column", "Member"), u"member/identifier"_s},
            {QT_TRANSLATE_NOOP("cw::Column", "Summary"), u"summary"_s},
            {QT_TRANSLATE_NOOP("cw::Column", "Notes"), u"notes"_s},
            {QT_TRANSLATE_NOOP("cw::Column", "Resolution"), u"resolution"_s}};
}

bool TicketItemCommand::prepare(const QCommandLineParser &parser, const QStringList &arguments,
                                CliError *error)
{
    const QString ticket = tr("the ticket ID");
    switch (m_verb) {
    case Verb::NoteAdd: {
        if (!expectArguments(arguments, {ticket}, error) ||
            !parseId(arguments.first(), tr("The ticket ID"), &m_ticketId, error))
            return false;
        if (!parser.isSet(u"text"_s)) {
            *error = CliError::usage(tr("note add needs --text (or --text - to read standard "
                                        "input)."));
            return false;
        }
        m_text = parser.value(u"text"_s);
        if (m_text == u"-"_s) {
            if (context()->options().privateKeyFromStdin) {
                *error = CliError::usage(tr("--text - and --private-key-stdin cannot both read "
                                            "standard input."));
                return false;
            }
            m_text = QString::fromUtf8(Terminal::readAllStdin());
            while (m_text.endsWith(u'\n'))
                m_text.chop(1);
        }
        if (m_text.trimmed().isEmpty()) {
            *error = CliError::usage(tr("The note's text is empty."));
            return false;
        }
        m_internal = parser.isSet(u"internal"_s);
        m_resolution = parser.isSet(u"resolution"_s);
        m_discussion = parser.isSet(u"discussion"_s) || (!m_internal && !m_resolution);
        return true;
    }
    case Verb::TaskAdd:
        if (!expectArguments(arguments, {ticket}, error) ||
            !parseId(arguments.first(), tr("The ticket ID"), &m_ticketId, error))
            return false;
        m_text = parser.value(u"notes"_s).trimmed();
        m_summaryText = parser.value(u"summary"_s).trimmed();
        if (m_text.isEmpty()) {
            *error = CliError::usage(tr("task add needs --notes TEXT."));
            return false;
        }
        return true;
    case Verb::TaskDone:
        if (!expectArguments(arguments, {ticket, tr("the task ID")}, error) ||
            !parseId(arguments.at(0), tr("The ticket ID"), &m_ticketId, error) ||
            !parseId(arguments.at(1), tr("The task ID"), &m_itemId, error))
            return false;
        m_text = parser.value(u"resolution"_s).trimmed();
        return true;
    case Verb::ConfigAttach:
    case Verb::ConfigDetach:
        if (!expectArguments(arguments, {ticket, tr("the configuration (id or device identifier)")},
                             error) ||
            !parseId(arguments.at(0), tr("The ticket ID"), &m_ticketId, error))
            return false;
        m_configuration = arguments.at(1).trimmed();
        return true;
    }
    return false;
}

void TicketItemCommand::print(const QByteArray &raw, const QList<OutputFormatter::Column> &columns)
{
    if (!raw.isEmpty() && !columns.isEmpty())
        context()->output().writeRecord(raw, columns);
    if (context()->checkOutput())
        context()->finish();
}

void TicketItemCommand::run()
{
    Desk *desk = context()->desk();
    // Through the outbox (unless --no-outbox): stored with its effect on the offline cache
    // first, then sent; it waits there when the server cannot be reached.
    context()->outbox();
    DeskChange *change = nullptr;
    QList<OutputFormatter::Column> columns;
    switch (m_verb) {
    case Verb::NoteAdd:
        change = desk->addNote(m_ticketId, m_text, {m_discussion, m_internal, m_resolution});
        columns = noteColumns();
        break;
    case Verb::TaskAdd:
        change = desk->addTask(m_ticketId, m_text, m_summaryText);
        columns = taskColumns();
        break;
    case Verb::TaskDone:
        change = desk->completeTask(m_ticketId, m_itemId, m_text);
        columns = taskColumns();
        break;
    case Verb::ConfigAttach:
        change = desk->attachConfiguration(m_ticketId, m_configuration);
        columns = {{QT_TRANSLATE_NOOP("cw::Column", "ID"), u"id"_s}, {QT_TRANSLATE_NOOP("cw::Column", "Device"), u"deviceIdentifier"_s}};
        break;
    case Verb::ConfigDetach: {
        auto *detach =
            static_cast<TicketItemChange *>(desk->detachConfiguration(m_ticketId, m_configuration));
        context()->follow(
            detach,
            [this, detach](const QByteArray &) {
                context()->note(tr("Detached configuration %1 from ticket #%2.")
                                    .arg(detach->configurationId())
                                    .arg(m_ticketId));
                context()->finish();
            },
            [this](const QByteArray &) { context()->finish(); });
        return;
    }
    }
    const auto done = [this, columns](const QByteArray &raw) {
        print(raw, columns);
    };
    context()->follow(change, done, done);
}

} // namespace cw
