// The words the text layer reads, per language: scale words, currencies, units and their
// prefixes, and the small words that join numbers ("bis", "à") and units ("de", "di").
#pragma once

#include <cstdint>
#include <string_view>
#include <tuple>
#include <type_traits>

#include "aiscale/catalog/accelerators.hpp"
#include "aiscale/core/char_view.hpp"
#include "aiscale/core/dimension.hpp"
#include "aiscale/core/magnitude.hpp"
#include "aiscale/core/quantity.hpp"
#include "aiscale/text/figure.hpp"
#include "aiscale/text/lang.hpp"
#include "aiscale/units/compute.hpp"
#include "aiscale/units/money.hpp"
#include "aiscale/units/prefixes.hpp"
#include "aiscale/units/time.hpp"

namespace aiscale::detail::text {

inline constexpr lang_mask EN = 1, DE = 2, NL = 4, FR = 8, ES = 16, IT = 32, ALL = 63;

// Entry flags: how a word is read.
using entry_flags = std::uint16_t;
inline constexpr entry_flags CS = 1;      // case-sensitive (symbols: M is mega, m is milli)
inline constexpr entry_flags MONEY = 2;   // a scale abbreviation read only with a currency ("$3B")
inline constexpr entry_flags SING = 4;    // a singular form ("Billion"), wrong after numbers >= 2
inline constexpr entry_flags BEFORE = 8;  // a currency written before the number
inline constexpr entry_flags AFTER = 16;  // a currency written after the number
inline constexpr entry_flags PSYM = 32;   // a unit symbol taking symbol prefixes: GW
inline constexpr entry_flags PNAME = 64;  // a unit name taking prefix names: Gigawatt
inline constexpr entry_flags PER = 128;   // a unit read only after a per word: "an" of "par an"
inline constexpr entry_flags BOTH = BEFORE | AFTER;
// And which words format() writes (out_words.hpp), so that it writes only what parse() reads:
inline constexpr entry_flags W = 256;     // the word written (a scale word, a currency's plural name, a noun)
inline constexpr entry_flags W1 = 512;    // the word written for exactly one (a currency's or a noun's singular)
inline constexpr entry_flags WC = 1024;   // the scale word written in compact style ("Mrd.", "bn")
inline constexpr entry_flags WCM = 2048;  // ... for money only ("$3B"); WCO: for other figures only ("25bn GPUs")
inline constexpr entry_flags WCO = 4096;
inline constexpr entry_flags WSYM = 8192;       // the currency's symbol written ("$3 trillion")
inline constexpr entry_flags AMBIGUOUS = PSYM;  // (currencies) a symbol of two currencies: "\u00a5", yen or yuan
inline constexpr entry_flags ART = 16384;  // an article read as one ("a gigawatt"), but "a day" is no figure of one day
inline constexpr entry_flags BETWEEN = 32768;  // a list word read only after a between word ("between 3 and 4 GW")
// In per_words, which use no currency flags: a word that says "per" and nothing else ("per", "pro",
// "/"), unlike "a", "al" or "le", which are articles too, or "par" and "por", which also mean "by".
inline constexpr entry_flags ONLY_PER = MONEY;
// In format_sparsities: the word that makes a format sparse ("FP8 sparse"); the other ("dense") says it is not.
inline constexpr entry_flags SPARSE = MONEY;

struct scale_entry {
  std::string_view text;
  lang_mask langs;
  std::int8_t exp10;
  entry_flags flags;
};

// clang-format off
inline constexpr scale_entry scale_words[] = {
  {"hundred", EN, 2, 0}, {"hundert", DE, 2, 0}, {"honderd", NL, 2, 0}, {"cent", FR, 2, 0}, {"cien", ES, 2, 0},
  {"cento", IT, 2, 0}, {"thousand", EN, 3, 0}, {"k", EN, 3, WC}, {"k", DE | NL | FR, 3, 0}, {"million", EN, 6, W}, {"millions", EN, 6, 0},
  {"mn", EN, 6, 0}, {"mln", EN | NL, 6, 0}, {"mln", IT, 6, WC}, {"M", EN | FR | ES, 6, CS | WC}, {"MM", EN, 6, CS},
  {"m", EN, 6, CS | MONEY},
  {"billion", EN, 9, W}, {"billions", EN, 9, 0}, {"bn", EN, 9, WCO}, {"bln", EN, 9, 0}, {"bln.", EN, 9, 0}, {"B", EN, 9, CS | MONEY | WCM},
  {"b", EN, 9, CS | MONEY}, {"trillion", EN, 12, W}, {"trillions", EN, 12, 0}, {"tn", EN, 12, WCO}, {"trn", EN, 12, 0},
  {"T", EN, 12, CS | WCM}, {"quadrillion", EN, 15, W},
  {"Tausend", DE, 3, 0}, {"Tsd.", DE, 3, WC}, {"Tsd", DE, 3, 0}, {"Mio.", DE, 6, WC}, {"Mio.", NL, 6, 0},
  {"Mio", DE | NL | IT, 6, 0}, {"Million", DE, 6, SING | W}, {"Millionen", DE, 6, W}, {"Milliarde", DE, 9, SING | W},
  {"Milliarden", DE, 9, W}, {"Mrd.", DE, 9, WC}, {"Mrd.", NL, 9, 0}, {"Mrd", DE | NL | FR, 9, 0}, {"Md.", DE, 9, 0},
  {"Mia.", DE | NL, 9, 0}, {"Mia", DE | NL, 9, 0}, {"Billion", DE, 12, SING | W}, {"Billionen", DE, 12, W},
  {"Bio.", DE, 12, WC}, {"Bio", DE, 12, 0}, {"Bill.", DE, 12, 0}, {"Billiarde", DE, 15, SING | W},
  {"Billiarden", DE, 15, W},
  {"duizend", NL, 3, 0}, {"miljoen", NL, 6, W}, {"miljoenen", NL, 6, 0}, {"mln.", NL, 6, WC},
  {"miljard", NL, 9, W}, {"miljarden", NL, 9, 0}, {"mld.", NL, 9, WC}, {"mld", NL, 9, 0}, {"mld", IT, 9, WC},
  {"biljoen", NL, 12, W}, {"biljoenen", NL, 12, 0}, {"bln.", NL, 12, WC}, {"bln", NL, 12, 0}, {"biljard", NL, 15, W},
  {"mille", FR | IT, 3, 0}, {"million", FR, 6, SING | W}, {"millions", FR, 6, W}, {"milliard", FR, 9, SING | W},
  {"milliards", FR, 9, W}, {"Md", FR, 9, CS | WC}, {"Mds", FR, 9, CS}, {"billion", FR, 12, SING},
  {"billions", FR, 12, 0}, {"billiard", FR, 15, SING}, {"billiards", FR, 15, 0},
  {"mil", ES, 3, 0}, {"mill\u00f3n", ES, 6, SING | W}, {"millon", ES, 6, SING}, {"millones", ES, 6, W},
  {"mil millones", ES, 9, W}, {"millardo", ES, 9, SING}, {"millardos", ES, 9, 0}, {"mm", ES, 9, CS | MONEY | WCM},
  {"bill\u00f3n", ES, 12, SING | W}, {"billon", ES, 12, SING}, {"billones", ES, 12, W}, {"mil billones", ES, 15, 0},
  {"mila", IT, 3, 0}, {"milione", IT, 6, SING | W}, {"milioni", IT, 6, W}, {"mln.", IT, 6, 0},
  {"miliardo", IT, 9, SING | W}, {"miliardi", IT, 9, W}, {"mld.", IT, 9, 0}, {"mille miliardi", IT, 12, 0},
  {"mila miliardi", IT, 12, 0}, {"bilione", IT, 12, SING}, {"bilioni", IT, 12, 0},
};

struct currency_entry {
  std::string_view text;
  lang_mask langs;
  std::string_view code;
  entry_flags flags;
  std::int8_t exp10 = 0;  // a hundredth of the currency for its cents: "8 cents" is USD 0.08
};

inline constexpr currency_entry currencies[] = {
  {"USD", ALL, "USD", CS | BOTH}, {"EUR", ALL, "EUR", CS | BOTH}, {"GBP", ALL, "GBP", CS | BOTH},
  {"CNY", ALL, "CNY", CS | BOTH}, {"JPY", ALL, "JPY", CS | BOTH}, {"CHF", ALL, "CHF", CS | BOTH},
  {"RMB", ALL, "CNY", CS | BOTH},
  {"$", ALL, "USD", BOTH | WSYM}, {"US$", ALL, "USD", CS | BOTH}, {"US-$", DE, "USD", CS | BOTH}, {"U$S", ALL, "USD", CS | BOTH}, {"u$s", ALL, "USD", CS | BOTH}, {"\u20ac", ALL, "EUR", BOTH | WSYM},
  {"\u00a3", ALL, "GBP", BOTH | WSYM}, {"\u00a5", ALL, "JPY", BOTH | WSYM | AMBIGUOUS},
  {"CN\u00a5", ALL, "CNY", CS | BOTH | WSYM}, {"JP\u00a5", ALL, "JPY", CS | BOTH | WSYM},
  {"dollars", EN | NL, "USD", AFTER}, {"dollars", FR, "USD", AFTER | W}, {"dollar", EN, "USD", AFTER},
  {"dollar", NL, "USD", AFTER | W | W1}, {"dollar", FR, "USD", AFTER | W1}, {"US dollars", EN, "USD", AFTER | W},
  {"US dollar", EN, "USD", AFTER | W1}, {"U.S. dollars", EN, "USD", AFTER}, {"euros", EN | FR | ES, "EUR", AFTER | W},
  {"euro", EN | FR | ES, "EUR", AFTER | W1}, {"euro", NL | IT, "EUR", AFTER | W | W1}, {"Euro", DE, "EUR", AFTER | W | W1}, {"pounds", EN, "GBP", AFTER}, {"pounds sterling", EN, "GBP", AFTER},
  {"yuan", EN | DE | NL | FR | ES | IT, "CNY", AFTER}, {"yen", ALL, "JPY", AFTER}, {"Swiss francs", EN, "CHF", AFTER},
  {"US-Dollar", DE, "USD", AFTER | W | W1}, {"Dollar", DE, "USD", AFTER}, {"Pfund", DE, "GBP", AFTER},
  {"Franken", DE, "CHF", AFTER}, {"Schweizer Franken", DE, "CHF", AFTER},
  {"Amerikaanse dollar", NL, "USD", AFTER}, {"euro's", NL, "EUR", AFTER}, {"pond", NL, "GBP", AFTER},
  {"Zwitserse frank", NL, "CHF", AFTER}, {"frank", NL, "CHF", AFTER},
  {"dollars am\u00e9ricains", FR, "USD", AFTER}, {"livres", FR, "GBP", AFTER}, {"livres sterling", FR, "GBP", AFTER},
  {"yuans", FR, "CNY", AFTER}, {"yens", FR, "JPY", AFTER}, {"francs suisses", FR, "CHF", AFTER},
  {"d\u00f3lares", ES, "USD", AFTER | W}, {"dolares", ES, "USD", AFTER}, {"d\u00f3lar", ES, "USD", AFTER | W1},
  {"dolar", ES, "USD", AFTER}, {"d\u00f3lares estadounidenses", ES, "USD", AFTER}, {"libras", ES, "GBP", AFTER},
  {"yuanes", ES, "CNY", AFTER}, {"yenes", ES, "JPY", AFTER}, {"francos suizos", ES, "CHF", AFTER},
  {"dollari", IT, "USD", AFTER | W}, {"dollaro", IT, "USD", AFTER | W1}, {"dollari americani", IT, "USD", AFTER},
  {"sterline", IT, "GBP", AFTER}, {"sterlina", IT, "GBP", AFTER}, {"franchi svizzeri", IT, "CHF", AFTER},
  // cents: the US cent in English news, the euro cent elsewhere ("8 cents per kWh", "8 Cent pro kWh")
  {"cents", EN, "USD", AFTER, -2}, {"cent", EN, "USD", AFTER, -2}, {"US cents", EN, "USD", AFTER, -2},
  {"\u00a2", ALL, "USD", CS | AFTER, -2}, {"Cent", DE, "EUR", AFTER, -2}, {"Eurocent", DE, "EUR", AFTER, -2},
  {"ct", DE, "EUR", AFTER, -2}, {"cent", NL, "EUR", AFTER, -2}, {"eurocent", NL, "EUR", AFTER, -2}, {"centimes", FR, "EUR", AFTER, -2},
  {"centimes d'euro", FR, "EUR", AFTER, -2}, {"c\u00e9ntimos", ES, "EUR", AFTER, -2},
  {"c\u00e9ntimos de euro", ES, "EUR", AFTER, -2}, {"centesimi", IT, "EUR", AFTER, -2},
  {"centesimi di euro", IT, "EUR", AFTER, -2},
};

struct unit_entry {
  std::string_view text;
  lang_mask langs;
  figure_kind kind;
  magnitude scale;  // in the base unit of the dimension (J, s, bit, FLOP, GPU, USD)
  entry_flags flags;
};

inline constexpr magnitude m1{};
inline constexpr magnitude m8{8, 1, 0, 0};
// The units of time as units/time.hpp declares them (the year is the Julian year of "TWh per year"),
// read through the objects: nvcc's host-code generator misspells unit_t<h> here.
inline constexpr magnitude m60 = minute.def.mag;
inline constexpr magnitude m3600 = h.def.mag;
inline constexpr magnitude m86400 = day.def.mag;
inline constexpr magnitude m604800 = week.def.mag;
inline constexpr magnitude m_year = year.def.mag;
inline constexpr magnitude m_percent{1, 1, -2, -2};
// A quarter and a month, as news counts them ("within 18 months", "$30bn a quarter"): a fourth and a
// twelfth of the Julian year, which units/time.hpp has no unit for.
inline constexpr magnitude m_quarter = (m_year / magnitude{1, 1, 2, 0}).value;
inline constexpr magnitude m_month = (m_year / magnitude{3, 1, 2, 0}).value;

using K = figure_kind;
inline constexpr unit_entry units[] = {
  // power and energy
  {"W", ALL, K::power, m1, CS | PSYM}, {"watt", ALL, K::power, m1, PNAME}, {"watts", EN | FR | NL, K::power, m1, PNAME},
  {"vatios", ES, K::power, m1, PNAME}, {"vatio", ES, K::power, m1, PNAME},
  {"Wh", ALL, K::energy, m3600, CS | PSYM}, {"J", ALL, K::energy, m1, CS | PSYM},
  {"watt-hours", EN, K::energy, m3600, PNAME}, {"watt-hour", EN, K::energy, m3600, PNAME},
  {"watt hours", EN, K::energy, m3600, PNAME}, {"watthours", EN, K::energy, m3600, PNAME},
  {"wattstunden", DE, K::energy, m3600, PNAME}, {"wattstunde", DE, K::energy, m3600, PNAME},
  {"wattuur", NL, K::energy, m3600, PNAME}, {"wattheures", FR, K::energy, m3600, PNAME},
  {"wattheure", FR, K::energy, m3600, PNAME}, {"watts-heures", FR, K::energy, m3600, PNAME},
  {"vatios hora", ES, K::energy, m3600, PNAME}, {"vatios-hora", ES, K::energy, m3600, PNAME},
  {"vatio hora", ES, K::energy, m3600, PNAME},
  {"vatio-hora", ES, K::energy, m3600, PNAME}, {"wattora", IT, K::energy, m3600, PNAME},
  {"wattore", IT, K::energy, m3600, PNAME}, {"joules", ALL, K::energy, m1, PNAME}, {"joule", ALL, K::energy, m1, PNAME},
  // compute: FLOPs (work, plural) and FLOPS (rate) differ only in case, as in the literature
  {"FLOPs", ALL, K::compute_work, m1, CS | PSYM | PNAME}, {"FLOP", ALL, K::compute_work, m1, CS | PSYM | PNAME},
  {"flop", ALL, K::compute_work, m1, PSYM | PNAME}, {"FLOPS", ALL, K::compute_rate, m1, PSYM | PNAME},
  {"FLOP/s", ALL, K::compute_rate, m1, PSYM | PNAME}, {"F/s", ALL, K::compute_rate, m1, CS | PSYM},
  // accelerators
  {"GPUs", EN | DE, K::gpus, m1, W}, {"GPUs", NL | FR | ES | IT, K::gpus, m1, 0},
  {"GPU", EN | DE | NL, K::gpus, m1, W1}, {"GPU", FR | ES | IT, K::gpus, m1, W | W1}, {"GPU's", NL, K::gpus, m1, W},
  {"accelerators", EN, K::gpus, m1, 0}, {"accelerator", EN, K::gpus, m1, 0}, {"chips", EN | DE | NL | ES, K::gpus, m1, 0},
  {"chip", EN | DE | NL | ES, K::gpus, m1, 0}, {"puces", FR, K::gpus, m1, 0},
  {"puce", FR, K::gpus, m1, 0}, {"Beschleuniger", DE, K::gpus, m1, 0}, {"processors", EN | NL, K::gpus, m1, 0},
  {"Prozessoren", DE, K::gpus, m1, 0}, {"processeurs", FR, K::gpus, m1, 0}, {"procesadores", ES, K::gpus, m1, 0},
  {"processori", IT, K::gpus, m1, 0}, {"graphics cards", EN, K::gpus, m1, 0}, {"Grafikkarten", DE, K::gpus, m1, 0},
  {"grafische kaarten", NL, K::gpus, m1, 0}, {"cartes graphiques", FR, K::gpus, m1, 0},
  {"tarjetas gr\u00e1ficas", ES, K::gpus, m1, 0}, {"schede grafiche", IT, K::gpus, m1, 0},
  // one of them, as a figure per accelerator names it: "700 W per graphics card", "pro Grafikkarte"
  {"graphics card", EN, K::gpus, m1, 0}, {"Grafikkarte", DE, K::gpus, m1, 0}, {"grafische kaart", NL, K::gpus, m1, 0},
  {"carte graphique", FR, K::gpus, m1, 0}, {"tarjeta gr\u00e1fica", ES, K::gpus, m1, 0},
  {"scheda grafica", IT, K::gpus, m1, 0}, {"Prozessor", DE, K::gpus, m1, 0}, {"processor", EN | NL, K::gpus, m1, 0},
  {"chip", IT | FR, K::gpus, m1, 0}, {"acc\u00e9l\u00e9rateurs", FR, K::gpus, m1, 0},
  {"aceleradores", ES, K::gpus, m1, 0}, {"TPUs", ALL, K::gpus, m1, CS}, {"TPU's", NL, K::gpus, m1, CS}, {"acceleratori", IT, K::gpus, m1, 0}, {"versnellers", NL, K::gpus, m1, 0},
  {"Grafikprozessoren", DE, K::gpus, m1, 0}, {"processeurs graphiques", FR, K::gpus, m1, 0},
  {"H100 equivalents", EN, K::h100_equivalents, m1, 0}, {"H100-equivalents", EN, K::h100_equivalents, m1, 0},
  {"H100 equivalent", EN, K::h100_equivalents, m1, 0}, {"H100-equivalent", EN | NL, K::h100_equivalents, m1, 0},
  {"H100e", EN, K::h100_equivalents, m1, CS}, {"H100-\u00c4quivalente", DE, K::h100_equivalents, m1, 0},
  {"H100-\u00c4quivalenten", DE, K::h100_equivalents, m1, 0}, {"H100-\u00c4quivalent", DE, K::h100_equivalents, m1, 0},
  {"H100-equivalenten", NL, K::h100_equivalents, m1, 0}, {"\u00e9quivalents H100", FR, K::h100_equivalents, m1, 0},
  {"\u00e9quivalent H100", FR, K::h100_equivalents, m1, 0}, {"\u00e9quivalents-H100", FR, K::h100_equivalents, m1, 0},
  {"equivalentes H100", ES, K::h100_equivalents, m1, 0}, {"equivalentes de H100", ES, K::h100_equivalents, m1, 0},
  {"equivalente H100", ES, K::h100_equivalents, m1, 0}, {"equivalenti H100", IT, K::h100_equivalents, m1, 0},
  {"equivalenti di H100", IT, K::h100_equivalents, m1, 0}, {"equivalente H100", IT, K::h100_equivalents, m1, 0},
  // data
  {"B", ALL, K::data, m8, CS | PSYM}, {"bit", ALL, K::data, m1, CS | PSYM}, {"o", FR, K::data, m8, CS | PSYM},
  {"bytes", ALL, K::data, m8, PNAME | PSYM}, {"byte", ALL, K::data, m8, PNAME | PSYM}, {"octets", FR, K::data, m8, PNAME},
  {"octet", FR, K::data, m8, PNAME}, {"bits", ALL, K::data, m1, PNAME},
  // time
  {"s", ALL, K::time, m1, CS | PSYM}, {"sec", EN, K::time, m1, 0}, {"seconds", EN, K::time, m1, PNAME},
  {"second", EN, K::time, m1, PNAME}, {"Sekunden", DE, K::time, m1, PNAME}, {"Sekunde", DE, K::time, m1, PNAME},
  {"seconden", NL, K::time, m1, PNAME}, {"seconde", NL | FR, K::time, m1, PNAME}, {"secondes", FR, K::time, m1, PNAME},
  {"segundos", ES, K::time, m1, PNAME}, {"segundo", ES, K::time, m1, PNAME}, {"secondi", IT, K::time, m1, PNAME},
  {"secondo", IT, K::time, m1, PNAME},
  {"min", ALL, K::time, m60, CS}, {"minutes", EN | FR, K::time, m60, 0}, {"minute", EN | FR, K::time, m60, 0},
  {"Minuten", DE | NL, K::time, m60, 0}, {"Minute", DE, K::time, m60, 0}, {"minuut", NL, K::time, m60, 0},
  {"minutos", ES, K::time, m60, 0}, {"minuto", ES | IT, K::time, m60, 0}, {"minuti", IT, K::time, m60, 0},
  {"h", ALL, K::time, m3600, CS}, {"hours", EN, K::time, m3600, 0}, {"hour", EN, K::time, m3600, 0},
  {"Stunden", DE, K::time, m3600, 0}, {"Stunde", DE, K::time, m3600, 0}, {"uur", NL, K::time, m3600, 0},
  {"heures", FR, K::time, m3600, 0}, {"heure", FR, K::time, m3600, 0}, {"horas", ES, K::time, m3600, 0},
  {"hora", ES, K::time, m3600, 0}, {"ore", IT, K::time, m3600, 0}, {"ora", IT, K::time, m3600, 0},
  {"d", ALL, K::time, m86400, CS}, {"days", EN, K::time, m86400, 0}, {"day", EN, K::time, m86400, 0},
  {"Tage", DE, K::time, m86400, 0}, {"Tagen", DE, K::time, m86400, 0}, {"Tag", DE, K::time, m86400, 0},
  {"dagen", NL, K::time, m86400, 0}, {"dag", NL, K::time, m86400, 0}, {"jours", FR, K::time, m86400, 0},
  {"jour", FR, K::time, m86400, 0}, {"d\u00edas", ES, K::time, m86400, 0}, {"dias", ES, K::time, m86400, 0},
  {"d\u00eda", ES, K::time, m86400, 0}, {"giorni", IT, K::time, m86400, 0}, {"giorno", IT, K::time, m86400, 0},
  {"wk", ALL, K::time, m604800, CS}, {"weeks", EN, K::time, m604800, 0}, {"week", EN | NL, K::time, m604800, 0},
  {"Wochen", DE, K::time, m604800, 0}, {"Woche", DE, K::time, m604800, 0}, {"weken", NL, K::time, m604800, 0},
  {"semaines", FR, K::time, m604800, 0}, {"semaine", FR, K::time, m604800, 0}, {"semanas", ES, K::time, m604800, 0},
  {"semana", ES, K::time, m604800, 0}, {"settimane", IT, K::time, m604800, 0}, {"settimana", IT, K::time, m604800, 0},
  {"months", EN, K::time, m_month, 0}, {"month", EN, K::time, m_month, 0}, {"Monate", DE, K::time, m_month, 0},
  {"Monaten", DE, K::time, m_month, 0}, {"Monat", DE, K::time, m_month, 0}, {"maanden", NL, K::time, m_month, 0},
  {"maand", NL, K::time, m_month, 0}, {"mois", FR, K::time, m_month, 0}, {"meses", ES, K::time, m_month, 0},
  {"mes", ES, K::time, m_month, 0}, {"mesi", IT, K::time, m_month, 0}, {"mese", IT, K::time, m_month, 0},
  {"yr", ALL, K::time, m_year, CS | WC}, {"years", EN, K::time, m_year, 0}, {"year", EN, K::time, m_year, W1},
  {"Jahre", DE, K::time, m_year, 0}, {"Jahren", DE, K::time, m_year, 0}, {"Jahr", DE, K::time, m_year, W1},
  {"jaar", NL, K::time, m_year, W1}, {"jaren", NL, K::time, m_year, 0}, {"ans", FR, K::time, m_year, 0},
  {"ann\u00e9es", FR, K::time, m_year, 0}, {"ann\u00e9e", FR, K::time, m_year, 0}, {"a\u00f1os", ES, K::time, m_year, 0},
  {"a\u00f1o", ES, K::time, m_year, W1}, {"anni", IT, K::time, m_year, 0}, {"anno", IT, K::time, m_year, W1},
  {"an", FR, K::time, m_year, PER | W1},
  // ratios
  {"%", ALL, K::number, m_percent, 0}, {"percent", EN, K::number, m_percent, 0},
  {"per cent", EN, K::number, m_percent, 0}, {"Prozent", DE, K::number, m_percent, 0},
  {"procent", NL, K::number, m_percent, 0}, {"pour cent", FR, K::number, m_percent, 0},
  {"por ciento", ES, K::number, m_percent, 0}, {"per cento", IT, K::number, m_percent, 0},
};

struct prefix_entry {
  constexpr prefix_entry(char_view t, magnitude m, bool sym) : text(t.data(), t.size()), scale(m), symbol(sym) {}
  constexpr prefix_entry(const char* t, magnitude m, bool sym) : text(t), scale(m), symbol(sym) {}
  std::string_view text;
  magnitude scale;
  bool symbol;  // a symbol (case-sensitive, before a unit symbol) or a name (before a unit name)
};

// The symbols and factors are units/prefixes.hpp's; the names are words of the text.
inline constexpr prefix_entry prefixes[] = {
  {kilo.symbol, kilo.factor, true}, {mega.symbol, mega.factor, true}, {giga.symbol, giga.factor, true},
  {tera.symbol, tera.factor, true}, {peta.symbol, peta.factor, true}, {exa.symbol, exa.factor, true},
  {zetta.symbol, zetta.factor, true}, {yotta.symbol, yotta.factor, true}, {milli.symbol, milli.factor, true},
  {micro.symbol, micro.factor, true}, {"\u03bc", micro.factor, true}, {nano.symbol, nano.factor, true},
  {kibi.symbol, kibi.factor, true}, {mebi.symbol, mebi.factor, true}, {gibi.symbol, gibi.factor, true},
  {tebi.symbol, tebi.factor, true}, {pebi.symbol, pebi.factor, true}, {exbi.symbol, exbi.factor, true},
  {"kilo", kilo.factor, false}, {"mega", mega.factor, false}, {"m\u00e9ga", mega.factor, false},
  {"giga", giga.factor, false}, {"tera", tera.factor, false}, {"t\u00e9ra", tera.factor, false},
  {"peta", peta.factor, false}, {"p\u00e9ta", peta.factor, false}, {"exa", exa.factor, false},
  {"zetta", zetta.factor, false}, {"milli", milli.factor, false}, {"micro", micro.factor, false},
  {"nano", nano.factor, false},
};

struct word_entry {
  std::string_view text;
  lang_mask langs;
  entry_flags flags = 0;  // W: the word format() writes
};

// Between the two numbers of a range: "25-30k", "4 bis 5 Millionen", "1,5 \u00e0 2".
inline constexpr word_entry range_words[] = {
  {"-", ALL}, {"\u2013", EN, W}, {"\u2013", DE | NL | FR | ES | IT}, {"to", EN}, {"bis", DE, W}, {"tot", NL, W},
  {"\u00e0", FR, W}, {"\u00e0", NL}, {"a", ES | IT, W},
};

// Between a scale word and the unit: "milliards de dollars", "miliardi di euro", "milioni d'euro".
inline constexpr word_entry of_words[] = {
  {"de", FR | ES, W}, {"d'", FR | IT}, {"d\u2019", FR | IT}, {"di", IT, W},
};

// Numbers written as words, read only where a scale word, unit or currency written as a word follows
// ("five years", "eine Million GPUs", "a gigawatt", "dieci gigawatt"): one to twenty, the tens, and the
// articles that mean one.
struct number_word_entry {
  std::string_view text;
  lang_mask langs;
  std::uint8_t value;
  entry_flags flags = 0;
  std::int8_t exp10 = 0;  // a fraction: "half a" is 5 * 10^-1
};
inline constexpr number_word_entry number_words[] = {
  {"a", EN, 1, ART}, {"an", EN, 1, ART}, {"one", EN, 1}, {"two", EN, 2}, {"three", EN, 3}, {"four", EN, 4}, {"five", EN, 5},
  {"six", EN | FR, 6}, {"seven", EN, 7}, {"eight", EN, 8}, {"nine", EN, 9}, {"ten", EN, 10}, {"eleven", EN, 11},
  {"twelve", EN, 12}, {"thirteen", EN, 13}, {"fourteen", EN, 14}, {"fifteen", EN, 15}, {"sixteen", EN, 16},
  {"seventeen", EN, 17}, {"eighteen", EN, 18}, {"nineteen", EN, 19}, {"twenty", EN, 20}, {"thirty", EN, 30},
  {"forty", EN, 40}, {"fifty", EN, 50}, {"sixty", EN, 60}, {"seventy", EN, 70}, {"eighty", EN, 80},
  {"ninety", EN, 90},
  // Fractions before a scale word or unit written out: "half a billion", "eine halbe Milliarde", "een half
  // miljard", "un demi-milliard", "medio mill\u00f3n", "mezzo miliardo", "anderthalb Milliarden".
  {"half a", EN, 5, 0, -1}, {"half an", EN, 5, 0, -1}, {"a quarter of a", EN, 25, 0, -2},
  {"three quarters of a", EN, 75, 0, -2}, {"one and a half", EN, 15, 0, -1},
  {"eine halbe", DE, 5, 0, -1}, {"einer halben", DE, 5, 0, -1}, {"einen halben", DE, 5, 0, -1},
  {"ein halbes", DE, 5, 0, -1}, {"anderthalb", DE, 15, 0, -1}, {"eineinhalb", DE, 15, 0, -1},
  {"zweieinhalb", DE, 25, 0, -1}, {"een half", NL, 5, 0, -1}, {"een halve", NL, 5, 0, -1},
  {"anderhalf", NL, 15, 0, -1}, {"driekwart", NL, 75, 0, -2}, {"un demi", FR, 5, 0, -1}, {"une demi", FR, 5, 0, -1},
  {"medio", ES, 5, 0, -1}, {"mezzo", IT, 5, 0, -1},
  // Hundred and thousand written alone, where a language writes them without "one": "cent mille GPU",
  // "mil millones de d\u00f3lares", "tausend Chips", "duizend GPU's", "mille miliardi".
  {"cent", FR, 1, 0, 2}, {"mille", FR | IT, 1, 0, 3}, {"mil", ES, 1, 0, 3}, {"cien", ES, 1, 0, 2},
  {"cento", IT, 1, 0, 2}, {"hundert", DE, 1, 0, 2}, {"tausend", DE, 1, 0, 3}, {"honderd", NL, 1, 0, 2},
  {"duizend", NL, 1, 0, 3},
  {"ein", DE, 1, ART}, {"eine", DE, 1, ART}, {"einen", DE, 1, ART}, {"einem", DE, 1, ART}, {"einer", DE, 1, ART}, {"eins", DE, 1},
  {"zwei", DE, 2}, {"drei", DE, 3}, {"vier", DE | NL, 4}, {"f\u00fcnf", DE, 5}, {"sechs", DE, 6}, {"sieben", DE, 7},
  {"acht", DE | NL, 8}, {"neun", DE, 9}, {"zehn", DE, 10}, {"elf", DE | NL, 11}, {"zw\u00f6lf", DE, 12},
  {"dreizehn", DE, 13}, {"vierzehn", DE, 14}, {"f\u00fcnfzehn", DE, 15}, {"sechzehn", DE, 16}, {"siebzehn", DE, 17},
  {"achtzehn", DE, 18}, {"neunzehn", DE, 19}, {"zwanzig", DE, 20}, {"drei\u00dfig", DE, 30}, {"vierzig", DE, 40},
  {"f\u00fcnfzig", DE, 50}, {"sechzig", DE, 60}, {"siebzig", DE, 70}, {"achtzig", DE, 80}, {"neunzig", DE, 90},
  // "één" as a sentence begins it ("Eén", "Één"): matching ignores the case of ASCII letters only.
  {"een", NL, 1, ART}, {"\u00e9\u00e9n", NL, 1}, {"E\u00e9n", NL, 1}, {"\u00c9\u00e9n", NL, 1}, {"twee", NL, 2}, {"drie", NL, 3}, {"vijf", NL, 5}, {"zes", NL, 6},
  {"zeven", NL, 7}, {"negen", NL, 9}, {"tien", NL, 10}, {"twaalf", NL, 12}, {"dertien", NL, 13},
  {"veertien", NL, 14}, {"vijftien", NL, 15}, {"zestien", NL, 16}, {"zeventien", NL, 17}, {"achttien", NL, 18},
  {"negentien", NL, 19}, {"twintig", NL, 20}, {"dertig", NL, 30}, {"veertig", NL, 40}, {"vijftig", NL, 50},
  {"zestig", NL, 60}, {"zeventig", NL, 70}, {"tachtig", NL, 80}, {"negentig", NL, 90},
  {"un", FR | ES | IT, 1, ART}, {"une", FR, 1, ART}, {"deux", FR, 2}, {"trois", FR, 3}, {"quatre", FR, 4}, {"cinq", FR, 5},
  {"sept", FR, 7}, {"huit", FR, 8}, {"neuf", FR, 9}, {"dix", FR, 10}, {"onze", FR, 11}, {"douze", FR, 12},
  {"treize", FR, 13}, {"quatorze", FR, 14}, {"quinze", FR, 15}, {"seize", FR, 16}, {"dix-sept", FR, 17},
  {"dix-huit", FR, 18}, {"dix-neuf", FR, 19}, {"vingt", FR, 20}, {"trente", FR, 30}, {"quarante", FR, 40},
  {"cinquante", FR, 50}, {"soixante", FR, 60}, {"soixante-dix", FR, 70}, {"quatre-vingts", FR, 80},
  {"quatre-vingt-dix", FR, 90},
  {"una", ES | IT, 1, ART}, {"uno", ES | IT, 1, ART}, {"dos", ES, 2}, {"tres", ES, 3}, {"cuatro", ES, 4}, {"cinco", ES, 5},
  {"seis", ES, 6}, {"siete", ES, 7}, {"ocho", ES, 8}, {"nueve", ES, 9}, {"diez", ES, 10}, {"once", ES, 11},
  {"doce", ES, 12}, {"trece", ES, 13}, {"catorce", ES, 14}, {"quince", ES, 15}, {"diecis\u00e9is", ES, 16},
  {"diecisiete", ES, 17}, {"dieciocho", ES, 18}, {"diecinueve", ES, 19}, {"veinte", ES, 20}, {"treinta", ES, 30},
  {"cuarenta", ES, 40}, {"cincuenta", ES, 50}, {"sesenta", ES, 60}, {"setenta", ES, 70}, {"ochenta", ES, 80},
  {"noventa", ES, 90},
  {"un'", IT, 1, ART}, {"due", IT, 2}, {"tre", IT, 3}, {"quattro", IT, 4}, {"cinque", IT, 5}, {"sei", IT, 6},
  {"sette", IT, 7}, {"otto", IT, 8}, {"nove", IT, 9}, {"dieci", IT, 10}, {"undici", IT, 11}, {"dodici", IT, 12},
  {"tredici", IT, 13}, {"quattordici", IT, 14}, {"quindici", IT, 15}, {"sedici", IT, 16}, {"diciassette", IT, 17},
  {"diciotto", IT, 18}, {"diciannove", IT, 19}, {"venti", IT, 20}, {"trenta", IT, 30}, {"quaranta", IT, 40},
  {"cinquanta", IT, 50}, {"sessanta", IT, 60}, {"settanta", IT, 70}, {"ottanta", IT, 80}, {"novanta", IT, 90},
  // Spanish writes its hundreds as one word each: "quinientos millones", "doscientas mil".
  {"doscientos", ES, 2, 0, 2}, {"doscientas", ES, 2, 0, 2}, {"trescientos", ES, 3, 0, 2}, {"trescientas", ES, 3, 0, 2},
  {"cuatrocientos", ES, 4, 0, 2}, {"cuatrocientas", ES, 4, 0, 2}, {"quinientos", ES, 5, 0, 2},
  {"quinientas", ES, 5, 0, 2}, {"seiscientos", ES, 6, 0, 2}, {"seiscientas", ES, 6, 0, 2},
  {"setecientos", ES, 7, 0, 2}, {"setecientas", ES, 7, 0, 2}, {"ochocientos", ES, 8, 0, 2},
  {"ochocientas", ES, 8, 0, 2}, {"novecientos", ES, 9, 0, 2}, {"novecientas", ES, 9, 0, 2},
};

// The parts of a number written in several words or in one compound word that are no number word
// alone ("und" of "f\u00fcnfundzwanzig", "veinti" of "veinticinco", "mila" of "tremila"), read with
// the number words by grammar::read_number_words. A part with JOIN joins two others and has no value.
inline constexpr entry_flags JOIN = MONEY;
inline constexpr number_word_entry number_word_parts[] = {
  {"hundred", EN, 1, 0, 2}, {"thousand", EN, 1, 0, 3}, {"and", EN, 0, JOIN},
  {"und", DE, 0, JOIN},
  {"en", NL, 0, JOIN}, {"\u00ebn", NL, 0, JOIN},  // "vijfentwintig", "twee\u00ebntwintig"
  {"et", FR, 0, JOIN}, {"cents", FR, 1, 0, 2}, {"quatre-vingt", FR, 80},  // "vingt et un", "deux cents", "quatre-vingt-deux"
  {"y", ES, 0, JOIN}, {"veinti", ES, 20}, {"ciento", ES, 1, 0, 2}, {"\u00fan", ES, 1},  // "treinta y cinco", "ciento veinte"
  {"d\u00f3s", ES, 2}, {"tr\u00e9s", ES, 3}, {"s\u00e9is", ES, 6},                     // "veintid\u00f3s", "veintis\u00e9is"
  // Italian drops a ten's last vowel before "uno" and "otto" ("ventuno", "trentotto", "centottanta") and
  // writes "mila" for the thousands after one ("tremila").
  {"mila", IT, 1, 0, 3}, {"cent", IT, 1, 0, 2}, {"tr\u00e9", IT, 3}, {"vent", IT, 20}, {"trent", IT, 30},
  {"quarant", IT, 40}, {"cinquant", IT, 50}, {"sessant", IT, 60}, {"settant", IT, 70}, {"ottant", IT, 80},
  {"novant", IT, 90},
};

// Words that may stand between a count and its accelerator noun or model, joined by a space or a
// hyphen: "100 million AI GPUs", "KI-Chips", "1 miljoen actieve GPU's". The vendors and models come
// from the catalogue (device_names below).
inline constexpr word_entry device_adjectives[] = {
  {"AI", EN | NL | DE | IT}, {"KI", DE}, {"IA", FR | ES | IT}, {"active", EN}, {"actieve", NL}, {"aktive", DE},
  {"aktiven", DE}, {"actives", FR}, {"activas", ES}, {"attive", IT}, {"new", EN}, {"neue", DE}, {"neuen", DE},
  {"nieuwe", NL}, {"nouvelles", FR}, {"nouveaux", FR}, {"nuevas", ES}, {"nuevos", ES}, {"nuove", IT}, {"nuovi", IT},
  // a product line's suffix after its family: "30,000 Blackwell Ultra GPUs", "Rubin Ultra"
  {"Ultra", ALL},
  // where they run: "3.76 million data-center GPUs", "Rechenzentrums-GPUs", "datacenter-GPU's"
  {"data-center", EN}, {"data-centre", EN}, {"data center", EN}, {"data centre", EN}, {"datacenter", EN | NL},
  {"Rechenzentrums", DE},
};

// Words that count a model's units before it: "400.000 unidades del chip GB200" is a count of GB200.
inline constexpr word_entry device_unit_words[] = {
  {"units of", EN}, {"units of the", EN}, {"Einheiten des", DE}, {"Einheiten von", DE}, {"eenheden van", NL}, {"unit\u00e9s de", FR},
  {"unidades del chip", ES}, {"unidades de", ES}, {"unidades del", ES}, {"unit\u00e0 di", IT},
};

// Words after an accelerator model that count it as a noun would: "50 Millionen H100-Einheiten",
// "10,000 H100 units". Never alone: "50 Millionen Einheiten" says not what it counts.
inline constexpr word_entry device_count_words[] = {
  {"units", EN}, {"Einheiten", DE}, {"eenheden", NL}, {"unit\u00e9s", FR}, {"unidades", ES}, {"unit\u00e0", IT},
};

// The singular units of time of the languages whose nouns agree with the number ("1 ora", "2 ore"):
// after a number of two or more they are no unit but another word ("nel 2025 ora tocca": now;
// "secondo Reuters": according to). English is left out: it writes "a 20-year contract", "2 hour".
inline constexpr word_entry singular_units[] = {
  {"Sekunde", DE}, {"Minute", DE}, {"Stunde", DE}, {"Tag", DE}, {"Woche", DE}, {"Monat", DE}, {"Jahr", DE},
  {"maand", NL}, {"mes", ES}, {"mese", IT},
  {"seconde", NL | FR}, {"minuut", NL}, {"dag", NL}, {"minute", FR}, {"heure", FR}, {"jour", FR},
  {"segundo", ES}, {"minuto", ES | IT}, {"hora", ES}, {"d\u00eda", ES}, {"a\u00f1o", ES},
  {"secondo", IT}, {"ora", IT}, {"giorno", IT}, {"anno", IT},
};

// The words before a clock time in hours ("\u00e0 18 heures", "a las 18 horas", "alle 18 ore", "om 18
// uur"): a time of day there, no duration.
inline constexpr word_entry clock_words[] = {
  {"\u00e0", FR}, {"\u00c0", FR}, {"las", ES}, {"alle", IT}, {"om", NL},
};

// The words after a clock time written with a mark ("15.30 Uhr", "15.30 uur", "15.30 h"), which no
// language reads as a number of its own: a time of day, no figure and no error.
inline constexpr word_entry clock_after_words[] = {
  {"Uhr", DE}, {"uur", NL}, {"h", FR | ES | IT}, {"heures", FR}, {"horas", ES}, {"ore", IT},
};

// The word for "times" between a number and a power of ten ("5 times 10^25", "5 mal 10 hoch 25"). Spanish
// and Italian write "por" and "per", which also mean "per": not listed. In lower case only (CS): "5 Mal"
// is no product.
inline constexpr word_entry times_words[] = {
  {"times", EN, CS}, {"mal", DE, CS}, {"maal", NL, CS}, {"keer", NL, CS}, {"fois", FR, CS},
};

// Words that join a compute figure to its numeric format written after it, in any of the six
// languages: "20 petaflops of FP4", "at BF16", "bei FP8", "im FP8-Format", "en FP4", "di FP16", "van
// FP8". Only a format after them makes them part of the figure ("20 PFLOPS of compute" ends before
// "of").
inline constexpr word_entry format_joining_words[] = {
  {"of", ALL}, {"at", ALL}, {"in", ALL}, {"bei", ALL}, {"im", ALL}, {"en", ALL},
  {"de", ALL}, {"di", ALL}, {"van", ALL}, {"\u00e0", ALL}, {"a", ALL},
};

// Words before or after a numeric format that say whether it is sparse: "FP8 sparse", "dense FP8".
inline constexpr word_entry format_sparsities[] = {
  {"sparse", ALL, SPARSE}, {"dense", ALL},
};

// Currencies that aiscale does not read, named after a sum whose symbol names another: "$500 millones de
// pesos" is a sum in pesos (Latin America writes "$" for its pesos), no sum in US dollars.
inline constexpr word_entry unknown_currency_words[] = {
  {"peso", ALL}, {"pesos", ALL}, {"reales", ES}, {"reais", ALL}, {"rupees", EN}, {"rupias", ES},
  {"roupies", FR}, {"rupie", IT}, {"Rupien", DE}, {"roepies", NL}, {"rubles", EN | ES}, {"roubles", EN | FR},
  {"Rubel", DE}, {"rubli", IT}, {"roebel", NL}, {"won", EN}, {"rand", EN}, {"lira", ALL}, {"lire", IT},
};

// Words before "hundred" or "thousand" written alone that say how many hundreds or thousands without
// a number: "mehrere hundert Millionen Euro" is several hundred million euros, no hundred million.
inline constexpr word_entry indefinite_words[] = {
  {"several", EN}, {"few", EN}, {"some", EN}, {"many", EN},
  {"mehrere", DE}, {"einige", DE}, {"paar", DE | NL}, {"viele", DE}, {"etliche", DE}, {"wenige", DE},
  {"enkele", NL}, {"meerdere", NL}, {"vele", NL}, {"verscheidene", NL}, {"ettelijke", NL},
  {"plusieurs", FR}, {"quelques", FR},
  {"varios", ES}, {"varias", ES}, {"algunos", ES}, {"algunas", ES},
  {"diversi", IT}, {"diverse", IT}, {"alcuni", IT}, {"alcune", IT}, {"qualche", IT}, {"parecchi", IT},
  {"parecchie", IT}, {"vari", IT}, {"varie", IT},
};

// Words after a unit of time or a phrase per time that make it a point in time, not a rate: "$5bn a year
// ago" was a sum a year before now, no sum per year. Words that may go on with a rate ("a year after
// tax", "a year before 2030", "a year on AI", "al a\u00f1o antes de impuestos", "l'anno prima delle tasse")
// are not listed.
inline constexpr word_entry time_shift_words[] = {
  {"ago", EN}, {"earlier", EN}, {"later", EN}, {"prior", EN}, {"previously", EN}, {"from now", EN},
  {"zuvor", DE}, {"davor", DE}, {"vorher", DE}, {"fr\u00fcher", DE}, {"sp\u00e4ter", DE}, {"danach", DE},
  {"geleden", NL}, {"eerder", NL}, {"later", NL}, {"daarvoor", NL}, {"daarna", NL}, {"ervoor", NL},
  {"dernier", FR}, {"derni\u00e8re", FR}, {"pr\u00e9c\u00e9dent", FR}, {"pr\u00e9c\u00e9dente", FR}, {"pass\u00e9", FR},
  {"pass\u00e9e", FR}, {"prochain", FR}, {"prochaine", FR}, {"suivant", FR}, {"suivante", FR}, {"plus t\u00f4t", FR},
  {"plus tard", FR}, {"auparavant", FR},
  {"pasado", ES}, {"pasada", ES}, {"anterior", ES}, {"siguiente", ES}, {"pr\u00f3ximo", ES}, {"pr\u00f3xima", ES},
  {"atr\u00e1s", ES},
  {"scorso", IT}, {"scorsa", IT}, {"precedente", IT}, {"prossimo", IT}, {"prossima", IT}, {"successivo", IT},
  {"successiva", IT}, {"fa", IT},
};

// Words joined by a hyphen after a unit or scale word that make it an order of size, not a figure:
// "a gigawatt-scale campus", "a gigawatt-class site", "Gigawatt-Klasse". After an article ("a",
// "ein") the figure would be 1 GW, which the text does not say.
inline constexpr word_entry order_of_size_words[] = {
  {"scale", EN}, {"class", EN}, {"level", EN}, {"sized", EN}, {"size", EN}, {"range", EN}, {"plus", EN},
  {"Klasse", DE}, {"Bereich", DE}, {"Ma\u00dfstab", DE}, {"klasse", NL}, {"schaal", NL},
};

// Words after a dollar that make it another country's dollar ("2,4 milliards de dollars canadiens",
// "mil millones de d\u00f3lares australianos", "5 miliardi di dollari di Hong Kong", "2,4 milliards $ CA"):
// no currency aiscale knows, never US dollars. Stems suffice ("canad" reads "canadiens", "canadesi").
inline constexpr word_entry other_dollars[] = {
  {"canad", FR | ES | IT}, {"austral", FR | ES | IT}, {"n\u00e9o-z\u00e9land", FR}, {"neozeland", ES | IT},
  {"singap", FR | ES | IT}, {"ta\u00efwan", FR}, {"taiwan", ES | IT}, {"de Hong Kong", FR | ES},
  {"di Hong Kong", IT}, {"de Singap", FR | ES}, {"di Singap", IT}, {"hongkong", FR | ES | IT},
  {"CA", FR}, {"AU", FR}, {"NZ", FR}, {"HK", FR}, {"SG", FR},
};

// Words after a "B" glued to a number that make it a model's size in billions of parameters, not
// bytes: "123B parameters", "a 70B model", "70B-Modell". Nouns that start the word suffice ("Parameter"
// reads "Parametern", "model" reads "models").
inline constexpr word_entry model_size_words[] = {
  {"parameter", EN | DE | NL}, {"params", EN}, {"model", EN | NL}, {"Modell", DE}, {"param\u00e8tres", FR},
  {"mod\u00e8le", FR}, {"par\u00e1metros", ES}, {"modelo", ES}, {"parametri", IT}, {"modell", IT},
};

// The families of language models whose name, before a number glued to "B", makes it the model's size:
// "Llama 3.1 70B", "Mistral 7B", "Qwen2.5-72B", "DeepSeek-V3 671B" (no 70 bytes). Stems: "qwen" reads
// "Qwen2.5".
inline constexpr word_entry model_families[] = {
  {"llama", ALL}, {"codellama", ALL}, {"gpt", ALL}, {"qwen", ALL}, {"mistral", ALL}, {"mixtral", ALL},
  {"deepseek", ALL}, {"gemma", ALL}, {"falcon", ALL}, {"phi", ALL}, {"grok", ALL}, {"claude", ALL},
  {"gemini", ALL}, {"nemotron", ALL}, {"olmo", ALL}, {"bloom", ALL}, {"jamba", ALL}, {"granite", ALL},
  {"glm", ALL}, {"kimi", ALL}, {"minimax", ALL}, {"ernie", ALL}, {"baichuan", ALL}, {"internlm", ALL},
  {"starcoder", ALL}, {"dbrx", ALL}, {"yi-", ALL},
};

// Words after an accelerator model that make it the name of something else: "10 H100 servers" is no
// count of H100s.
inline constexpr word_entry device_containers[] = {
  {"server", ALL}, {"servers", EN | NL}, {"serveurs", FR}, {"servidores", ES}, {"rack", ALL}, {"racks", ALL},
  {"system", EN | DE}, {"systems", EN}, {"Systeme", DE}, {"systemen", NL}, {"syst\u00e8mes", FR},
  {"sistemas", ES}, {"sistemi", IT}, {"node", EN | NL}, {"nodes", EN | NL}, {"Knoten", DE}, {"nodi", IT},
  {"cluster", ALL}, {"clusters", EN | NL | FR}, {"pods", EN}, {"boards", EN}, {"superchips", ALL},
  {"instances", EN | FR}, {"Instanzen", DE}, {"hours", EN}, {"Stunden", DE},
};

// Between two figures of which only the second writes its scale word, unit or currency, which the
// first shares: "15 ou 20 Mds d'euros", "between 364 and 400 billion dollars", "tra i 50 e i 60
// miliardi di dollari"; and between a sum of money and a second sum that states no currency:
// "$364 billion and 400 billion". "and" and its translations only after a between word, and so the
// German and Dutch words of a change from one figure to another ("von 3 auf 5 GW", "van 3 naar 5
// GW": two figures, not a range).
inline constexpr word_entry list_words[] = {
  {"or", EN}, {"oder", DE}, {"of", NL}, {"ou", FR}, {"o", ES | IT}, {"and", EN, BETWEEN}, {"und", DE, BETWEEN},
  {"en", NL, BETWEEN}, {"et", FR, BETWEEN}, {"y", ES, BETWEEN}, {"e", IT, BETWEEN}, {"ed", IT, BETWEEN},
  {"auf", DE, BETWEEN}, {"naar", NL, BETWEEN},
};
// Parts of a whole written before "a"/"of a": "half a billion dollars", "three quarters of a trillion",
// "la moiti\u00e9 d'un milliard". The article there is not the number one: the figure is a fraction of it.
inline constexpr word_entry fraction_words[] = {
  {"half", EN}, {"quarter", EN}, {"quarters", EN}, {"third", EN}, {"thirds", EN}, {"fifth", EN}, {"fifths", EN},
  {"tenth", EN}, {"tenths", EN}, {"fraction", EN}, {"part", EN}, {"share", EN}, {"H\u00e4lfte", DE}, {"Viertel", DE},
  {"Drittel", DE}, {"Bruchteil", DE}, {"helft", NL}, {"kwart", NL}, {"derde", NL}, {"fractie", NL}, {"deel", NL},
  {"moiti\u00e9", FR}, {"quart", FR}, {"tiers", FR}, {"fraction", FR}, {"partie", FR}, {"mitad", ES}, {"cuarto", ES},
  {"tercio", ES}, {"fracci\u00f3n", ES}, {"parte", ES | IT}, {"met\u00e0", IT}, {"quarto", IT}, {"terzo", IT},
  {"frazione", IT},
};
// The word between a part and its whole: "a quarter of a million", "een kwart van een miljoen".
inline constexpr word_entry fraction_of_words[] = {
  {"of", EN}, {"van", NL}, {"von", DE}, {"de", FR | ES}, {"d'", FR | IT}, {"d\u2019", FR | IT}, {"di", IT},
};
// Before the first of two figures that share what the second writes (list_words above): "between",
// and the "from" of a change in German and Dutch ("von 3 auf 5 GW").
inline constexpr word_entry between_words[] = {
  {"between", EN}, {"zwischen", DE}, {"tussen", NL}, {"entre", FR | ES}, {"tra", IT}, {"fra", IT},
  {"von", DE}, {"van", NL},
};
// The article that may follow a between or list word: "tra i 50 e i 60", "entre los 50 y los 60".
inline constexpr word_entry list_articles[] = {
  {"the", EN}, {"den", DE}, {"de", NL}, {"les", FR}, {"los", ES}, {"las", ES}, {"i", IT}, {"gli", IT},
};

// Ordinary words that tell a text's language when lang::guess is asked and the numbers alone do not
// ("230.000 GPUs" in a German paragraph): articles, conjunctions, prepositions, common verbs.
inline constexpr word_entry ordinary_words[] = {
  // Only words that are no common word of another of the six languages ("was", "will" and "of" are
  // German and Dutch words too); a word common to two counts for both ("il", "le", "del").
  {"the", EN}, {"and", EN}, {"with", EN}, {"that", EN}, {"from", EN}, {"has", EN}, {"its", EN}, {"which", EN},
  {"this", EN}, {"are", EN}, {"said", EN}, {"would", EN}, {"to", EN}, {"for", EN}, {"at", EN}, {"by", EN},
  {"be", EN}, {"have", EN}, {"than", EN}, {"into", EN}, {"their", EN}, {"they", EN}, {"been", EN}, {"were", EN},
  {"about", EN}, {"up", EN}, {"under", EN}, {"after", EN}, {"could", EN}, {"each", EN}, {"roughly", EN},
  {"next", EN}, {"took", EN}, {"costs", EN}, {"trained", EN},
  {"der", DE}, {"die", DE}, {"das", DE}, {"und", DE}, {"nicht", DE}, {"mit", DE}, {"f\u00fcr", DE}, {"von", DE},
  {"ist", DE}, {"dem", DE}, {"den", DE}, {"sich", DE}, {"auf", DE}, {"wird", DE}, {"auch", DE}, {"eine", DE},
  {"soll", DE}, {"sollen", DE}, {"werden", DE}, {"haben", DE}, {"im", DE}, {"zu", DE}, {"bei", DE}, {"nach", DE},
  {"\u00fcber", DE}, {"sind", DE}, {"hat", DE}, {"wie", DE}, {"aus", DE}, {"einen", DE}, {"einem", DE}, {"dass", DE},
  {"durch", DE}, {"oder", DE}, {"mehr", DE}, {"noch", DE}, {"zum", DE}, {"zur", DE},
  {"het", NL}, {"een", NL}, {"van", NL}, {"niet", NL}, {"voor", NL}, {"met", NL | EN}, {"zijn", NL}, {"wordt", NL},
  {"ook", NL}, {"naar", NL}, {"dat", NL}, {"bij", NL}, {"heeft", NL}, {"deze", NL}, {"op", NL}, {"aan", NL},
  {"uit", NL}, {"maar", NL}, {"tot", NL}, {"nog", NL}, {"om", NL}, {"ligt", NL}, {"wil", NL},
  {"le", FR | IT}, {"les", FR}, {"des", FR}, {"du", FR | DE}, {"est", FR}, {"pour", FR}, {"dans", FR}, {"une", FR},
  {"qui", FR}, {"avec", FR}, {"sur", FR}, {"pas", FR}, {"aux", FR}, {"sont", FR}, {"selon", FR}, {"au", FR},
  {"ce", FR}, {"ces", FR}, {"mais", FR}, {"ont", FR}, {"\u00e9t\u00e9", FR}, {"leur", FR}, {"cette", FR}, {"sera", FR},
  {"soit", FR},
  {"el", ES}, {"los", ES}, {"las", ES}, {"del", ES | IT}, {"para", ES}, {"con", ES | IT}, {"una", ES | IT},
  {"por", ES}, {"es", ES | DE}, {"seg\u00fan", ES}, {"m\u00e1s", ES}, {"y", ES}, {"como", ES}, {"sus", ES},
  {"pero", ES}, {"este", ES}, {"esta", ES}, {"sobre", ES}, {"desde", ES}, {"hasta", ES}, {"tambi\u00e9n", ES},
  {"ser\u00e1", ES}, {"empresa", ES},
  {"il", IT | FR}, {"gli", IT}, {"della", IT}, {"delle", IT}, {"che", IT}, {"di", IT}, {"sono", IT}, {"nel", IT},
  {"alla", IT}, {"anche", IT}, {"degli", IT}, {"secondo", IT}, {"pi\u00f9", IT}, {"dei", IT}, {"nella", IT},
  {"questo", IT}, {"questa", IT}, {"sar\u00e0", IT}, {"tra", IT}, {"dal", IT}, {"dalla", IT}, {"loro", IT},
  {"\u00e8", IT}, {"e", IT},
};

// Between a figure and what it is per: "$0.078/kWh", "750 W per GPU", "105 TWh par an", "all'anno".
inline constexpr word_entry per_words[] = {
  {"/", ALL, WC | ONLY_PER}, {"per", EN, ONLY_PER}, {"per", IT}, {"per", NL, W | ONLY_PER}, {"a", EN, W}, {"pro", DE, W | ONLY_PER}, {"je", DE, ONLY_PER}, {"par", FR, W},
  {"por", ES}, {"al", ES, W}, {"al", IT}, {"all'", IT, W}, {"all\u2019", IT}, {"l'", FR | IT}, {"l\u2019", FR | IT}, {"le", FR | IT}, {"la", FR},
};

// Words that say "per" and what a figure is per in one: "annually", "im Jahr", "l'unit\u00e9", "$10bn-a-year".
// A piece ("pro St\u00fcck", "das St\u00fcck", "pi\u00e8ce", "por unidad", "al pezzo") is a device, as news price chips.
// Only what a per word and a unit do not say already: "per month", "par mois" and "al mes" are a per
// word and the unit month, read by find_per; "im Monat" and "-a-month" have no per word.
inline constexpr unit_entry per_phrases[] = {
  {"annually", EN, K::time, m_year, 0}, {"per annum", EN, K::time, m_year, 0}, {"-a-year", EN, K::time, m_year, 0},
  {"a quarter", EN, K::time, m_quarter, 0}, {"per quarter", EN, K::time, m_quarter, 0},
  {"-a-month", EN, K::time, m_month, 0},
  {"an hour", EN, K::time, m3600, 0},
  {"j\u00e4hrlich", DE, K::time, m_year, 0}, {"im Jahr", DE, K::time, m_year, 0}, {"pro Quartal", DE, K::time, m_quarter, 0},
  {"im Quartal", DE, K::time, m_quarter, 0}, {"im Monat", DE, K::time, m_month, 0},
  {"pro St\u00fcck", DE, K::gpus, m1, 0}, {"je St\u00fcck", DE, K::gpus, m1, 0},
  {"jaarlijks", NL, K::time, m_year, 0}, {"per kwartaal", NL, K::time, m_quarter, 0},
  {"per stuk", NL, K::gpus, m1, 0},
  {"annuels", FR, K::time, m_year, 0}, {"annuelles", FR, K::time, m_year, 0}, {"annuel", FR, K::time, m_year, 0},
  {"annuelle", FR, K::time, m_year, 0}, {"chaque ann\u00e9e", FR, K::time, m_year, 0},
  {"par trimestre", FR, K::time, m_quarter, 0},
  {"l'unit\u00e9", FR, K::gpus, m1, 0}, {"l\u2019unit\u00e9", FR, K::gpus, m1, 0}, {"par unit\u00e9", FR, K::gpus, m1, 0},
  {"anuales", ES, K::time, m_year, 0}, {"anual", ES, K::time, m_year, 0}, {"cada a\u00f1o", ES, K::time, m_year, 0},
  {"al trimestre", ES | IT, K::time, m_quarter, 0}, {"por trimestre", ES, K::time, m_quarter, 0},
  {"por unidad", ES, K::gpus, m1, 0},
  {"annui", IT, K::time, m_year, 0}, {"annue", IT, K::time, m_year, 0}, {"annuali", IT, K::time, m_year, 0},
  {"annuo", IT, K::time, m_year, 0}, {"annuale", IT, K::time, m_year, 0}, {"ogni anno", IT, K::time, m_year, 0},
  {"l'uno", IT, K::gpus, m1, 0}, {"l\u2019uno", IT, K::gpus, m1, 0},
  {"l'unit\u00e0", IT, K::gpus, m1, 0}, {"cadauno", IT, K::gpus, m1, 0},
  {"das St\u00fcck", DE, K::gpus, m1, 0}, {"pi\u00e8ce", FR, K::gpus, m1, 0}, {"la pi\u00e8ce", FR, K::gpus, m1, 0},
  {"la unidad", ES, K::gpus, m1, 0}, {"l'una", IT, K::gpus, m1, 0}, {"l\u2019una", IT, K::gpus, m1, 0},
  {"cadauna", IT, K::gpus, m1, 0}, {"al pezzo", IT, K::gpus, m1, 0},
  {"each year", EN, K::time, m_year, 0}, {"each quarter", EN, K::time, m_quarter, 0}, {"elk jaar", NL, K::time, m_year, 0},
  {"jedes Jahr", DE, K::time, m_year, 0},
  {"each month", EN, K::time, m_month, 0}, {"each day", EN, K::time, m86400, 0},
  // "each", "apiece": per one of something the text names elsewhere ("two sites of 1 GW each", "$40,000
  // each"), a device or not; no kind here, so the figure is reported as unread, never the bare amount.
  {"each", EN, K::number, m1, 0}, {"apiece", EN, K::number, m1, 0}, {"a piece", EN, K::number, m1, 0}, {"a pop", EN, K::number, m1, 0},
  {"jeweils", DE, K::number, m1, 0}, {"chacun", FR, K::number, m1, 0}, {"chacune", FR, K::number, m1, 0},
  {"elk", NL, K::number, m1, 0}, {"cada uno", ES, K::number, m1, 0}, {"cada una", ES, K::number, m1, 0},
  {"ciascuno", IT, K::number, m1, 0}, {"ciascuna", IT, K::number, m1, 0},
};

// What a figure per unit of something is: an amount of one kind per a unit of another. Any other
// pair ("5 GW per year") is no figure per unit, and the amount keeps its own kind.
struct per_kind_entry {
  figure_kind amount;
  figure_kind per;
  figure_kind kind;
};
inline constexpr per_kind_entry per_kinds[] = {
  {K::money, K::energy, K::price_per_energy},   {K::money, K::power, K::money_per_power},
  {K::money, K::gpus, K::money_per_device},     {K::money, K::time, K::money_per_time},
  {K::power, K::gpus, K::power_per_device},     {K::energy, K::time, K::energy_per_time},
  {K::data, K::time, K::data_rate},             {K::compute_rate, K::gpus, K::compute_per_device},
};

// clang-format on

// The accelerator models, vendors and product families of the catalogue, as news write counts of them:
// "30.000 GB200", "200.000 Nvidia H100-GPU's", "10,000 Blackwell GPUs". A spec added to catalog::all_accelerators is
// read with no edit here.
inline constexpr std::size_t catalogue_size = std::tuple_size_v<std::remove_cv_t<decltype(catalog::all_accelerators)>>;
struct device_name_list {
  std::string_view models[catalogue_size]{};
  std::string_view vendors[2 * catalogue_size]{};  // vendors and product families: words before a noun
  std::size_t model_count = 0, vendor_count = 0;

  // A family that is the first word of a model ("Gaudi" of "Gaudi 3") would take the model's place
  // before its number: it is read as part of the model only. No family (empty) is none either.
  constexpr bool begins_a_model(std::string_view family) const {
    if (family.empty()) return true;
    for (std::size_t k = 0; k != model_count; ++k)
      if (models[k].size() > family.size() && models[k].substr(0, family.size()) == family &&
          models[k][family.size()] == ' ')
        return true;
    return false;
  }
  static constexpr void add_once(std::string_view* list, std::size_t& count, std::string_view name) {
    for (std::size_t k = 0; k != count; ++k)
      if (list[k] == name) return;
    list[count++] = name;
  }
};
template <class Accelerators>
constexpr device_name_list catalogue_device_names(const Accelerators& accelerators) {
  device_name_list r;
  std::apply(
      [&r](const auto&... a) {
        (device_name_list::add_once(r.models, r.model_count, a.model()), ...);
        (device_name_list::add_once(r.vendors, r.vendor_count, a.vendor()), ...);
        ((r.begins_a_model(a.family()) ? void() : device_name_list::add_once(r.vendors, r.vendor_count, a.family())),
         ...);
      },
      accelerators);
  return r;
}

// Names that another layer declares (the catalogue's models and vendors, units/compute.hpp's formats)
// as a table of words for the word index, in the order of the list they come from.
template <std::size_t N>
struct name_table {
  word_entry at[N];
};
template <std::size_t N, class Name>
constexpr name_table<N> name_table_of(Name name, entry_flags flags) {
  name_table<N> r{};
  for (std::size_t k = 0; k != N; ++k) r.at[k] = {name(k), ALL, flags};
  return r;
}

// The numeric formats that may follow a compute unit ("989 TFLOP/s BF16", "FP8 sparse"), as
// units/compute.hpp declares them: its labels are the unknown format's, each dense one, each sparse one.
inline constexpr std::size_t format_count = (sizeof compute_labels / sizeof compute_labels[0] - 1) / 2;
constexpr std::string_view dense_format(std::size_t k) {
  return {compute_labels[1 + k].data(), compute_labels[1 + k].size()};
}
constexpr std::string_view sparse_format(std::size_t k) {
  const char_view c = compute_labels[1 + format_count + k];
  return {c.data(), c.size()};
}

// Each currency the vocabulary spells is one units/money.hpp declares: the text layer has no list
// of currencies of its own.
constexpr bool currencies_declared_in_units() {
  for (const currency_entry& c : currencies) {
    bool declared = false;
    for (const char_view code : currency_codes)
      declared = declared || c.code == std::string_view(code.data(), code.size());
    if (!declared) return false;
  }
  return true;
}
static_assert(currencies_declared_in_units(), "a currency of the vocabulary is missing from units/money.hpp");

// The core's views are char_view (it does not include <string_view>); the text layer's std::string_view.
constexpr char_view to_char_view(std::string_view v) { return {v.data(), v.size()}; }

// The base dimension of a currency, as units/money.hpp names it: "money:USD".
constexpr dimension_name money_dimension_of(std::string_view code) {
  return join_dimension_name("money:", to_char_view(code));
}

}  // namespace aiscale::detail::text
