#include "recordlisting.h"

#include "clicontext.h"
#include "clierror.h"
#include "terminal.h"

#include "api/apierror.h"
#include "api/fetchalljob.h"
#include "api/listjob.h"
#include "api/manageclient.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace cw {

RecordListing::RecordListing(CliContext *context, const QString &path, QObject *parent)
    : QObject(parent ? parent : context)
    , m_context(context)
    , m_path(path)
{
}

QList<QCommandLineOption> RecordListing::queryOptions()
{
    QList<QCommandLineOption> options{
        {u"conditions"_s,
         tr("Only records that match EXPR, in ConnectWise's conditions language, e.g. "
            "'status/name=\"New\" and board/name=\"Service Desk\"'."),
         u"EXPR"_s},
        {u"order-by"_s, tr("Sort order, e.g. 'id desc' or 'priority/sort, id'."), u"EXPR"_s},
        {u"fields"_s,
         tr("Only these fields, comma-separated (nested with / or .); they become the columns "
            "of a table or CSV, and JSON records hold only them."),
         u"LIST"_s},
    };
    options.append({u"page-size"_s,
                    tr("Records per page (1-1000; default 25 for one page, "
                       "1000 with --all)."),
                    u"N"_s});
    options.append({u"page"_s, tr("Which page to show (default 1)."), u"N"_s});
    options.append({u"all"_s, tr("Every matching record: all pages, several at a time, with "
                                 "progress on a terminal.")});
    return options;
}

bool RecordListing::readQueryOptions(const QCommandLineParser &parser, ListQuery *query, bool *all,
                                     CliError *error)
{
    query->conditions = parser.value(u"conditions"_s).trimmed();
    query->orderBy = parser.value(u"order-by"_s).trimmed();
    if (parser.isSet(u"fields"_s)) {
        query->fields.clear();
        for (QString field : parser.value(u"fields"_s).split(u',', Qt::SkipEmptyParts)) {
            field = field.trimmed().replace(u'.', u'/');
            if (!field.isEmpty())
                query->fields.append(field);
        }
        if (query->fields.isEmpty()) {
            *error = CliError::usage(tr("--fields needs at least one field name."));
            return false;
        }
    }
    auto number = [&](const QString &name, int lo, int hi, int *out) {
        if (!parser.optionNames().contains(name) || !parser.isSet(name))
            return true;
        bool ok = false;
        const int value = parser.value(name).toInt(&ok);
        if (!ok || value < lo || value > hi) {
            *error = CliError::usage(
                tr("--%1 must be a number from %L2 to %L3.").arg(name).arg(lo).arg(hi));
            return false;
        }
        *out = value;
        return true;
    };
    if (!number(u"page-size"_s, 1, ListQuery::MaxPageSize, &query->pageSize) ||
        !number(u"page"_s, 1, 1'000'000, &query->page))
        return false;
    *all = parser.optionNames().contains(u"all"_s) && parser.isSet(u"all"_s);
    if (*all && parser.isSet(u"page"_s)) {
        *error = CliError::usage(tr("--all and --page do not go together."));
        return false;
    }
    return validate(*query, error);
}

bool RecordListing::validate(const ListQuery &query, CliError *error)
{
    const ApiError invalid = query.validate();
    if (!invalid.isError())
        return true;
    *error = CliError::fromApiError(invalid, &query);
    return false;
}

void RecordListing::start()
{
    QList<OutputFormatter::Column> columns = m_columns;
    ListQuery query = m_query;
    if (!query.fields.isEmpty())
        columns = OutputFormatter::columnsForFields(query.fields);
    else if (m_context->output().format() != OutputFormatter::Format::Json)
        query.fields = OutputFormatter::fieldsOf(columns); // small records, cheap to read
    m_context->output().beginList(columns);

    if (m_paging == Paging::Everything) {
        FetchAllJob *job = m_context->client()->fetchAll(m_path, query);
        m_context->track(job);
        m_context->progress().setLabel(m_noun);
        connect(job, &FetchAllJob::pageFetched, this,
                [this](const QList<QByteArray> &records) { writePage(records); });
        connect(job, &FetchAllJob::progress, this,
                [this](int fetched, int total) { m_context->progress().update(fetched, total); });
        connect(job, &FetchAllJob::failed, this,
                [this, query](const ApiError &error) { m_context->failApi(error, &query); });
        connect(job, &FetchAllJob::finished, this, [this](FetchAllJob *finished) {
            if (!finished->error().isError())
                done({});
        });
        return;
    }

    if (m_paging == Paging::AllPages) {
        query.allPages = true;
        if (query.pageSize <= 0)
            query.pageSize = ListQuery::MaxPageSize;
    } else {
        query.allPages = false;
    }
    ListJob *job = m_context->client()->list(m_path, query);
    job->setAccumulate(false);
    m_context->track(job);
    connect(job, &ListJob::pageFetched, this,
            [this](const QList<QByteArray> &records) { writePage(records); });
    connect(job, &ListJob::failed, this,
            [this, query](const ApiError &error) { m_context->failApi(error, &query); });
    connect(job, &ListJob::recordsFetched, this, [this, job, query] {
        // On a terminal, say that there is more than this page (scripts get only the data).
        const int last = job->lastPage();
        QString hint;
        if (m_paging == Paging::FirstPage && last > query.page &&
            Terminal::isTerminal(Terminal::StdErr))
            hint = tr("Page %L1 of %L2. --all lists every record, --page N another page.")
                       .arg(query.page)
                       .arg(last);
        done(hint);
    });
}

void RecordListing::writePage(const QList<QByteArray> &records)
{
    if (m_context->isFinished())
        return;
    m_context->output().addRecords(records);
    m_context->checkOutput();
}

void RecordListing::done(const QString &hint)
{
    if (m_context->isFinished())
        return;
    m_context->progress().clear();
    m_context->output().endList();
    if (!m_context->checkOutput())
        return;
    if (!hint.isEmpty())
        m_context->note(hint);
    m_context->finish(CliError::Success);
}

} // namespace cw
