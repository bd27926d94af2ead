// Reads a request's JSON body within the nesting limit: depth is measured on the raw bytes first,
// so a hostile document never reaches a recursive parser, the store or the next start's loader.
#pragma once

#include "httpmessage.h"

#include <QByteArrayView>
#include <QJsonDocument>

#include <optional>

namespace cw::sandbox {

class JsonBody
{
public:
    // Deepest nesting of arrays and objects in `json`, strings skipped. Linear, no recursion.
    static int depth(QByteArrayView json);

    // The document in `bytes`, or the 400 that refuses it: nested deeper than maxDepth (checked
    // before parsing) or not JSON (notJson set, so callers can answer 415 for non-JSON types).
    struct Result
    {
        QJsonDocument document;
        std::optional<HttpResponse> refusal;
        bool notJson = false; // the refusal is about syntax, not depth
    };
    static Result parse(const QByteArray &bytes, int maxDepth);

    // 400 for a body or record nested deeper than maxDepth.
    static HttpResponse tooDeep(int maxDepth);
};

} // namespace cw::sandbox
