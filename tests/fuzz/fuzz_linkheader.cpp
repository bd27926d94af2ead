// libFuzzer target: the Link header of a listing page (RFC 8288), which paging follows. The
// input is the header value; it is resolved against the base URL a real client would use.
#include "api/linkheader.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray value(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    static const QUrl base(
        u"https://api-na.myconnectwise.net/v4_6_release/apis/3.0/service/tickets"_s);
    for (const QUrl &b : {base, QUrl()}) {
        const cw::LinkHeader links = cw::LinkHeader::parse(value, b);
        for (const QString &rel : links.rels()) {
            (void)links.url(rel);
            (void)links.page(rel);
        }
        (void)links.page(u"next"_s);
    }
    return 0;
}
