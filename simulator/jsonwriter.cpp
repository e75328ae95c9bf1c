#include "jsonwriter.h"

#include <charconv>
#include <cmath>

JsonWriter::JsonWriter(qsizetype reserve)
{
    if (reserve > 0)
        m_out.reserve(reserve);
    m_first.reserve(16);
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back())
            m_out += ',';
        m_first.back() = false;
    }
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    m_out += '{';
    m_first.push_back(true);
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_out += '}';
    m_first.pop_back();
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    m_out += '[';
    m_first.push_back(true);
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_out += ']';
    m_first.pop_back();
    return *this;
}

JsonWriter &JsonWriter::key(const char *name)
{
    separate();
    m_out += '"';
    m_out += name;
    m_out += "\":";
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::value(const QString &s)
{
    separate();
    appendString(m_out, s);
    return *this;
}

JsonWriter &JsonWriter::value(const char *s)
{
    separate();
    appendString(m_out, QString::fromUtf8(s));
    return *this;
}

JsonWriter &JsonWriter::value(qint64 n)
{
    separate();
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, n);
    m_out.append(buf, r.ptr - buf);
    return *this;
}

JsonWriter &JsonWriter::value(double d)
{
    separate();
    appendDouble(m_out, d);
    return *this;
}

JsonWriter &JsonWriter::value(bool b)
{
    separate();
    m_out += b ? "true" : "false";
    return *this;
}

JsonWriter &JsonWriter::raw(const QByteArray &json)
{
    separate();
    m_out += json;
    return *this;
}

void JsonWriter::appendDouble(QByteArray &out, double d)
{
    if (!std::isfinite(d)) {
        out += "null";
        return;
    }
    char buf[40];
    const auto r = std::to_chars(buf, buf + sizeof buf, d);
    std::string_view text(buf, size_t(r.ptr - buf));
    const size_t e = text.find('e');
    if (e == std::string_view::npos) {
        out.append(text.data(), qsizetype(text.size()));
        if (text.find('.') == std::string_view::npos)
            out += ".0";
        return;
    }
    // rapidjson writes exponents without '+' and without leading zeros: 1e21, 1e-7.
    out.append(text.data(), qsizetype(e + 1));
    std::string_view exp = text.substr(e + 1);
    if (exp.front() == '+')
        exp.remove_prefix(1);
    else if (exp.front() == '-') {
        out += '-';
        exp.remove_prefix(1);
    }
    while (exp.size() > 1 && exp.front() == '0')
        exp.remove_prefix(1);
    out.append(exp.data(), qsizetype(exp.size()));
}

void JsonWriter::appendString(QByteArray &out, QStringView s)
{
    static const char hex[] = "0123456789ABCDEF";
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 15];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}
