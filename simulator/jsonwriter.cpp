#include "jsonwriter.h"

#include <charconv>
#include <cmath>

namespace {

const char hexDigits[] = "0123456789ABCDEF";

// How rapidjson writes a byte < 0x20, '"' or '\\' inside a string; nullptr: as is.
const char *shortEscape(unsigned char c)
{
    switch (c) {
    case '"':
        return "\\\"";
    case '\\':
        return "\\\\";
    case '\b':
        return "\\b";
    case '\f':
        return "\\f";
    case '\n':
        return "\\n";
    case '\r':
        return "\\r";
    case '\t':
        return "\\t";
    default:
        return nullptr;
    }
}

} // namespace

JsonWriter::JsonWriter(qsizetype reserve)
{
    m_out.resize(qMax<qsizetype>(reserve, 256));
    m_data = m_out.data();
    m_capacity = m_out.size();
}

void JsonWriter::reallocate(qsizetype n)
{
    m_out.resize(qMax(m_capacity * 2, m_size + n + 4096));
    m_data = m_out.data();
    m_capacity = m_out.size();
}

QByteArray JsonWriter::take()
{
    m_out.truncate(m_size);
    m_size = 0;
    m_capacity = 0;
    m_data = nullptr;
    return std::move(m_out);
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_depth > 0) {
        if (!m_first[m_depth - 1])
            put(',');
        m_first[m_depth - 1] = false;
    }
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    put('{');
    Q_ASSERT(m_depth < MaxDepth);
    m_first[m_depth++] = true;
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    put('}');
    --m_depth;
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    put('[');
    Q_ASSERT(m_depth < MaxDepth);
    m_first[m_depth++] = true;
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    put(']');
    --m_depth;
    return *this;
}

JsonWriter &JsonWriter::key(const char *name)
{
    separate();
    put('"');
    put(name, qsizetype(std::strlen(name))); // keys are our own literals: nothing to escape
    put("\":", 2);
    m_afterKey = true;
    return *this;
}

void JsonWriter::putEscaped(const char *s, qsizetype n)
{
    qsizetype run = 0; // bytes that need no escaping, copied in one go
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        put(s + run, i - run);
        run = i + 1;
        if (const char *e = shortEscape(c)) {
            put(e, 2);
        } else {
            const char u[6] = {'\\', 'u', '0', '0', hexDigits[c >> 4], hexDigits[c & 15]};
            put(u, 6);
        }
    }
    put(s + run, n - run);
}

JsonWriter &JsonWriter::value(QStringView s)
{
    separate();
    put('"');
    // UTF-16 → UTF-8 with escaping, straight into the buffer (at most 3 bytes per code unit).
    char *p = grow(s.size() * 6);
    const char16_t *u = s.utf16();
    for (qsizetype i = 0; i < s.size(); ++i) {
        char32_t c = u[i];
        if (c < 0x80) {
            if (c >= 0x20 && c != '"' && c != '\\') {
                *p++ = char(c);
            } else if (const char *e = shortEscape(static_cast<unsigned char>(c))) {
                *p++ = e[0];
                *p++ = e[1];
            } else {
                const char esc[6] = {'\\', 'u', '0', '0', hexDigits[c >> 4], hexDigits[c & 15]};
                std::memcpy(p, esc, 6);
                p += 6;
            }
            continue;
        }
        if (c >= 0xD800 && c < 0xDC00 && i + 1 < s.size() && u[i + 1] >= 0xDC00
            && u[i + 1] < 0xE000)
            c = 0x10000 + ((c - 0xD800) << 10) + (u[++i] - 0xDC00);
        else if (c >= 0xD800 && c < 0xE000)
            c = 0xFFFD; // a lone surrogate cannot be UTF-8
        if (c < 0x800) {
            *p++ = char(0xC0 | (c >> 6));
        } else if (c < 0x10000) {
            *p++ = char(0xE0 | (c >> 12));
            *p++ = char(0x80 | ((c >> 6) & 0x3F));
        } else {
            *p++ = char(0xF0 | (c >> 18));
            *p++ = char(0x80 | ((c >> 12) & 0x3F));
            *p++ = char(0x80 | ((c >> 6) & 0x3F));
        }
        *p++ = char(0x80 | (c & 0x3F));
    }
    m_size = p - m_data;
    put('"');
    return *this;
}

JsonWriter &JsonWriter::value(const char *s)
{
    separate();
    put('"');
    putEscaped(s, qsizetype(std::strlen(s)));
    put('"');
    return *this;
}

JsonWriter &JsonWriter::value(qint64 n)
{
    separate();
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, n);
    put(buf, r.ptr - buf);
    return *this;
}

JsonWriter &JsonWriter::value(double d)
{
    separate();
    putDouble(d);
    return *this;
}

JsonWriter &JsonWriter::value(bool b)
{
    separate();
    if (b)
        put("true", 4);
    else
        put("false", 5);
    return *this;
}

JsonWriter &JsonWriter::raw(const QByteArray &json)
{
    separate();
    put(json.constData(), json.size());
    return *this;
}

void JsonWriter::putDouble(double d)
{
    if (!std::isfinite(d)) {
        put("null", 4);
        return;
    }
    char buf[40];
    const auto r = std::to_chars(buf, buf + sizeof buf, d);
    const std::string_view text(buf, size_t(r.ptr - buf));
    const size_t e = text.find('e');
    if (e == std::string_view::npos) {
        put(text.data(), qsizetype(text.size()));
        if (text.find('.') == std::string_view::npos)
            put(".0", 2);
        return;
    }
    // rapidjson writes exponents without '+' and without leading zeros: 1e21, 1e-7.
    put(text.data(), qsizetype(e + 1));
    std::string_view exp = text.substr(e + 1);
    if (exp.front() == '+') {
        exp.remove_prefix(1);
    } else if (exp.front() == '-') {
        put('-');
        exp.remove_prefix(1);
    }
    while (exp.size() > 1 && exp.front() == '0')
        exp.remove_prefix(1);
    put(exp.data(), qsizetype(exp.size()));
}

void JsonWriter::appendDouble(QByteArray &out, double d)
{
    JsonWriter w(64);
    w.putDouble(d);
    out += w.take();
}
