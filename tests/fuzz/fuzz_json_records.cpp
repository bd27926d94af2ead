// libFuzzer target: server JSON to typed records, the path every listing page takes. The input is
// a page body (a JSON array of records) split by JsonRecords::splitArray; each record is then read
// as every record type the client knows. Also feeds the whole input as one record, since a page
// of one malformed record is the common case.
#include "api/board.h"
#include "api/callback.h"
#include "api/company.h"
#include "api/configuration.h"
#include "api/contact.h"
#include "api/jsonrecords.h"
#include "api/knowledgebasearticle.h"
#include "api/member.h"
#include "api/note.h"
#include "api/sla.h"
#include "api/task.h"
#include "api/ticket.h"

#include <cstddef>
#include <cstdint>

namespace {

template<class T> void read(const QByteArray &raw)
{
    QString error;
    const T record = T::fromJson(raw, &error);
    if (!record.isNull())
        (void)record.json();
}

void readAll(const QByteArray &raw)
{
    read<cw::Ticket>(raw);
    read<cw::Note>(raw);
    read<cw::Task>(raw);
    read<cw::Company>(raw);
    read<cw::Contact>(raw);
    read<cw::Configuration>(raw);
    read<cw::Board>(raw);
    read<cw::Member>(raw);
    read<cw::Sla>(raw);
    read<cw::Callback>(raw);
    read<cw::KnowledgeBaseArticle>(raw);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QList<QByteArray> records;
    QString error;
    if (cw::JsonRecords::splitArray(body, &records, &error)) {
        for (const QByteArray &raw : records)
            readAll(raw);
        (void)cw::JsonRecords::parseArray<cw::Ticket>(body, &error);
    }
    readAll(body);
    return 0;
}
