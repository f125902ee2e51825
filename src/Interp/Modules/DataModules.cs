using GilGrid.Interp.Modules.Data.Codec;
using GilGrid.Interp.Modules.Data.Io;
using GilGrid.Interp.Modules.Data.Json;
using GilGrid.Interp.Modules.Data.Numbers;
using GilGrid.Interp.Modules.Data.Random;
using GilGrid.Interp.Modules.Data.Re;
using GilGrid.Interp.Modules.Data.Time;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules;

/// <summary>The native modules of this family (re, json, struct, pickle, base64, binascii, hashlib, hmac, zlib, io, csv, unicodedata, uuid, difflib, random, statistics, fractions, decimal, time, datetime).</summary>
internal static class DataModules
{
    public static readonly NativeModuleDef[] All =
    [
        JsonModule.Def, .. JsonModule.SubModules,
        ReModule.Def,
        RandomModule.NativeDef, RandomModule.Def,
        TimeModule.Def, DateTimeModule.Def,
        IoModule.Def, FsModule.Def, FileObjects.Def,
        BinasciiModule.Def, BinasciiModule.Base64Def,
        HashModules.HashlibDef, HashModules.HmacDef, HashModules.ZlibDef, Blake2Module.Def, ZlibStreams.Def,
        StructModule.Def, UuidModule.Def, CsvModule.Def, UnicodedataModule.Def, DifflibModule.Def, PickleModule.Def,
        FractionsModule.Def, StatisticsModule.Def, Data.ImpModule.Def,
    ];
}
