#include "jsonbody.h"

#include "apiresponse.h"

using namespace Qt::StringLiterals;

namespace cw::sandbox {

int JsonBody::depth(QByteArrayView json)
{
    int level = 0, deepest = 0;
    bool inString = false, escaped = false;
    for (const char c : json) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            deepest = std::max(deepest, ++level);
            break;
        case ']':
        case '}':
            --level;
            break;
        default:
            break;
        }
    }
    return deepest;
}

HttpResponse JsonBody::tooDeep(int maxDepth)
{
    const QString message =
        tr("The JSON is nested more than %1 levels deep; the sandbox accepts at most %1.")
            .arg(maxDepth);
    return ApiResponse::error(400, u"InvalidObject"_s, message,
                              {{u"InvalidField"_s, message, u"body"_s}}, u"body"_s);
}

JsonBody::Result JsonBody::parse(const QByteArray &bytes, int maxDepth)
{
    Result result;
    if (depth(bytes) > maxDepth) {
        result.refusal = tooDeep(maxDepth);
        return result;
    }
    QJsonParseError pe;
    result.document = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError) {
        result.notJson = true;
        result.refusal =
            ApiResponse::error(400, u"InvalidObject"_s,
                               tr("The request body is not valid JSON: %1 at offset %2.")
                                   .arg(pe.errorString())
                                   .arg(pe.offset));
    }
    return result;
}

} // namespace cw::sandbox
