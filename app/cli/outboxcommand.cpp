#include "outboxcommand.h"

#include "clicontext.h"

#include "api/apierror.h"
#include "store/cache.h"
#include "store/outbox.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

QStringList wordsFor(OutboxCommand::Verb verb)
{
    using Verb = OutboxCommand::Verb;
    switch (verb) {
    case Verb::List:
        return {u"outbox"_s, u"list"_s};
    case Verb::Push:
        return {u"outbox"_s, u"push"_s};
    case Verb::Discard:
        return {u"outbox"_s, u"discard"_s};
    case Verb::Conflicts:
        return {u"conflicts"_s};
    case Verb::Resolve:
        return {u"conflict"_s, u"resolve"_s};
    }
    return {};
}

QString summaryOf(const OutboxEntry &e)
{
    const QJsonObject record =
        e.operation == OutboxEntry::Operation::Update ? QJsonObject() : e.edited;
    for (const QString &key : {u"summary"_s, u"text"_s, u"notes"_s, u"deviceIdentifier"_s}) {
        const QString value = record.value(key).toString();
        if (!value.isEmpty())
            return value;
    }
    if (e.operation == OutboxEntry::Operation::Update)
        return e.changedFields().join(u", "_s);
    return {};
}

} // namespace

OutboxCommand::OutboxCommand(Verb verb, CliContext *context)
    : Command(wordsFor(verb), context)
    , m_verb(verb)
{
}

QString OutboxCommand::synopsis() const
{
    switch (m_verb) {
    case Verb::Discard:
        return tr("ENTRY");
    case Verb::Resolve:
        return tr("ENTRY --keep mine|theirs [--field NAME=mine|theirs…]");
    default:
        return {};
    }
}

QString OutboxCommand::summary() const
{
    switch (m_verb) {
    case Verb::List:
        return tr("List the changes waiting in the outbox.");
    case Verb::Push:
        return tr("Send the changes waiting in the outbox.");
    case Verb::Discard:
        return tr("Drop a change from the outbox and undo it in the offline cache.");
    case Verb::Conflicts:
        return tr("List the changes that met a change made on the server.");
    case Verb::Resolve:
        return tr("Settle a conflict: keep mine, take theirs, or per field.");
    }
    return {};
}

QString OutboxCommand::description() const
{
    switch (m_verb) {
    case Verb::List:
        return tr("States: queued (waits to be sent), sending (sent when the program stopped; the "
                  "next push finds out whether it arrived), failed (the server refused it; the "
                  "message says why), conflict (see `cwdesk-cli conflicts`), sent (with --all).");
    case Verb::Push:
        return tr("Changes go in the order they were made; a failed or conflicting change holds "
                  "back the later changes of the same record. Ends with a summary; exit code 4 "
                  "when the server could not be reached, 3 when it refused the keys.");
    case Verb::Discard:
        return tr("ENTRY is the number `outbox list` shows.");
    case Verb::Conflicts:
        return tr("For each conflicting field: the value as loaded (base), yours (mine) and the "
                  "server's (theirs).");
    case Verb::Resolve:
        return tr("mine sends your values over the server's; theirs drops your change of those "
                  "fields. --field settles one field and may be repeated; --keep applies to the "
                  "others. Then the outbox is pushed.");
    }
    return {};
}

QList<QCommandLineOption> OutboxCommand::options() const
{
    switch (m_verb) {
    case Verb::List:
        return {{u"all"_s, tr("Also the changes that were sent.")}};
    case Verb::Resolve:
        return {{u"keep"_s, tr("mine or theirs, for every conflicting field."), u"SIDE"_s},
                {u"field"_s, tr("NAME=mine or NAME=theirs for one field."), u"NAME=SIDE"_s}};
    default:
        return {};
    }
}

bool OutboxCommand::needsConnection() const
{
    return m_verb == Verb::Push || m_verb == Verb::Resolve;
}

bool OutboxCommand::prepare(const QCommandLineParser &parser, const QStringList &arguments,
                            CliError *error)
{
    auto side = [](const QString &text, bool *mine) {
        const QString lower = text.trimmed().toLower();
        *mine = lower == u"mine"_s;
        return lower == u"mine"_s || lower == u"theirs"_s;
    };
    switch (m_verb) {
    case Verb::List:
        m_all = parser.isSet(u"all"_s);
        return expectArguments(arguments, {}, error);
    case Verb::Push:
    case Verb::Conflicts:
        return expectArguments(arguments, {}, error);
    case Verb::Discard:
    case Verb::Resolve: {
        if (!expectArguments(arguments, {tr("the outbox entry")}, error))
            return false;
        int id = 0;
        if (!parseId(arguments.first(), tr("The outbox entry"), &id, error))
            return false;
        m_seq = id;
        if (m_verb == Verb::Discard)
            return true;
        const QStringList fields = parser.values(u"field"_s);
        if (!parser.isSet(u"keep"_s) && fields.isEmpty()) {
            *error = CliError::usage(tr("conflict resolve needs --keep mine|theirs (or --field "
                                        "NAME=mine|theirs)."));
            return false;
        }
        if (parser.isSet(u"keep"_s) && !side(parser.value(u"keep"_s), &m_keepMine)) {
            *error = CliError::usage(
                tr("--keep takes mine or theirs, not \"%1\".").arg(parser.value(u"keep"_s)));
            return false;
        }
        for (const QString &field : fields) {
            bool mine = false;
            const qsizetype eq = field.indexOf(u'=');
            if (eq <= 0 || !side(field.mid(eq + 1), &mine)) {
                *error = CliError::usage(
                    tr("--field takes NAME=mine or NAME=theirs, not \"%1\".").arg(field));
                return false;
            }
            m_fields.insert(field.left(eq).trimmed(), mine);
        }
        return true;
    }
    }
    return false;
}

bool OutboxCommand::openOutbox()
{
    if (context()->outbox())
        return true;
    context()->fail(CliError::failure(
        context()->cacheError().isEmpty()
            ? tr("The outbox is not used in this run (--no-outbox).")
            : tr("The offline cache cannot be opened: %1").arg(context()->cacheError())));
    return false;
}

QJsonObject OutboxCommand::entryJson(const OutboxEntry &e)
{
    QJsonObject object{
        {u"id"_s, e.seq},
        {u"state"_s, OutboxEntry::stateName(e.state)},
        {u"operation"_s, OutboxEntry::operationName(e.operation)},
        {u"kind"_s, OutboxEntry::kindName(e.kind)},
        {u"recordId"_s, e.recordId},
        {u"created"_s, QDateTime::fromMSecsSinceEpoch(e.createdMs, Qt::UTC).toString(Qt::ISODate)},
        {u"attempts"_s, e.attempts},
        {u"summary"_s, summaryOf(e)},
    };
    if (e.parentId != 0)
        object.insert(u"ticketId"_s, e.parentId);
    if (e.serverId != 0)
        object.insert(u"serverId"_s, e.serverId);
    if (!e.lastError.isEmpty())
        object.insert(u"error"_s, e.lastError);
    if (e.operation == OutboxEntry::Operation::Update)
        object.insert(u"patch"_s, e.patch);
    if (e.state == OutboxEntry::State::Conflict) {
        QJsonArray fields;
        const QJsonObject mine = e.edited;
        for (const QString &field : e.conflictFields)
            fields.append(QJsonObject{{u"field"_s, field},
                                      {u"base"_s, e.base.value(field)},
                                      {u"mine"_s, mine.value(field)},
                                      {u"theirs"_s, e.theirs.value(field)}});
        object.insert(u"conflicts"_s, fields);
    }
    return object;
}

void OutboxCommand::list(bool conflictsOnly)
{
    if (!openOutbox())
        return;
    Outbox *outbox = context()->outbox();
    const QList<OutboxEntry> entries = conflictsOnly ? outbox->conflicts() : outbox->entries(m_all);
    QList<OutputFormatter::Column> columns{
        {QT_TRANSLATE_NOOP("cw::Column", "Entry"), u"id"_s},         {QT_TRANSLATE_NOOP("cw::Column", "State"), u"state"_s},
        {QT_TRANSLATE_NOOP("cw::Column", "Change"), u"operation"_s}, {QT_TRANSLATE_NOOP("cw::Column", "Kind"), u"kind"_s},
        {QT_TRANSLATE_NOOP("cw::Column", "Record"), u"recordId"_s},  {QT_TRANSLATE_NOOP("cw::Column", "Ticket"), u"ticketId"_s},
        {QT_TRANSLATE_NOOP("cw::Column", "Tries"), u"attempts"_s},   {QT_TRANSLATE_NOOP("cw::Column", "Summary"), u"summary"_s, true},
        {QT_TRANSLATE_NOOP("cw::Column", "Error"), u"error"_s, true}};
    if (conflictsOnly)
        columns = {{QT_TRANSLATE_NOOP("cw::Column", "Entry"), u"id"_s},
                   {QT_TRANSLATE_NOOP("cw::Column", "Kind"), u"kind"_s},
                   {QT_TRANSLATE_NOOP("cw::Column", "Record"), u"recordId"_s},
                   {QT_TRANSLATE_NOOP("cw::Column", "Conflicts (field, base, mine, theirs)"), u"conflicts"_s, true}};
    if (entries.isEmpty() && context()->output().format() == OutputFormatter::Format::Table) {
        // A bare header row reads like a listing that broke; say it. (JSON and CSV keep their
        // empty list for scripts.)
        context()->note(conflictsOnly ? tr("There are no conflicts.") : tr("The outbox is empty."));
        context()->finish();
        return;
    }
    QList<QByteArray> records;
    for (const OutboxEntry &e : entries)
        records.append(QJsonDocument(entryJson(e)).toJson(QJsonDocument::Compact));
    context()->output().beginList(columns);
    context()->output().addRecords(records);
    context()->output().endList();
    if (context()->checkOutput())
        context()->finish();
}

void OutboxCommand::push()
{
    Outbox *outbox = context()->outbox();
    const int pending = outbox->pendingCount();
    if (pending == 0) {
        context()->note(tr("The outbox is empty."));
        context()->finish();
        return;
    }
    connect(outbox, &Outbox::entryFinished, this, [this](const OutboxEntry &e) {
        QString what;
        switch (e.state) {
        case OutboxEntry::State::Sent:
            what = e.operation == OutboxEntry::Operation::Create
                       ? tr("sent (the server's id is %1)").arg(e.serverId)
                       : tr("sent");
            break;
        case OutboxEntry::State::Failed:
            what = tr("refused: %1").arg(e.lastError);
            break;
        case OutboxEntry::State::Conflict:
            what = tr("conflict in %1").arg(e.conflictFields.join(u", "_s));
            break;
        default:
            what = tr("still queued: %1").arg(e.lastError.section(u'\n', 0, 0));
            break;
        }
        context()->note(tr("Entry %1 (%2 %3): %4")
                            .arg(e.seq)
                            .arg(OutboxEntry::operationName(e.operation), e.describe(), what));
    });
    connect(outbox, &Outbox::pushFinished, this, [this](const Outbox::PushResult &result) {
        context()->note(tr("Outbox: %1 sent, %2 failed, %3 conflicts, %4 still queued.")
                            .arg(result.sent)
                            .arg(result.failed)
                            .arg(result.conflicts)
                            .arg(result.remaining));
        if (result.stopped && result.error.isError()) {
            CliError error = CliError::fromApiError(result.error);
            context()->fail(
                CliError(error.exit() == CliError::Failure ? CliError::Network : error.exit(),
                         tr("The push stopped: %1").arg(result.error.headline()),
                         {tr("The changes not sent stay queued.")}));
            return;
        }
        if (result.failed > 0 || result.conflicts > 0) {
            context()->fail(CliError(result.conflicts > 0 ? CliError::Conflict : CliError::Failure,
                                     tr("Not every change could be sent; `cwdesk-cli outbox "
                                        "list` shows why.")));
            return;
        }
        context()->finish();
    });
    outbox->push();
}

void OutboxCommand::run()
{
    switch (m_verb) {
    case Verb::List:
        list(false);
        return;
    case Verb::Conflicts:
        list(true);
        return;
    case Verb::Push:
        if (openOutbox())
            push();
        return;
    case Verb::Discard: {
        if (!openOutbox())
            return;
        QString error;
        if (!context()->outbox()->discard(m_seq, &error)) {
            context()->fail(CliError::failure(error));
            return;
        }
        context()->note(tr("Discarded outbox entry %1.").arg(m_seq));
        context()->finish();
        return;
    }
    case Verb::Resolve: {
        if (!openOutbox())
            return;
        QHash<QString, Outbox::Choice> perField;
        for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it)
            perField.insert(it.key(), it.value() ? Outbox::Choice::Mine : Outbox::Choice::Theirs);
        QString error;
        if (!context()->outbox()->resolve(
                m_seq, m_keepMine ? Outbox::Choice::Mine : Outbox::Choice::Theirs, perField,
                &error)) {
            context()->fail(CliError::usage(error));
            return;
        }
        context()->note(tr("Resolved outbox entry %1.").arg(m_seq));
        push();
        return;
    }
    }
}

} // namespace cw
