/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.css';

/** Base URL of the local cloud gateway for the h5 build; empty = the page's own origin. */
declare const CLOUD_GATEWAY: string;
/** WeChat cloud environment id; empty = the default environment. */
declare const CLOUD_ENV: string;

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5' | 'swan' | 'alipay' | 'tt' | 'qq' | 'jd' | 'rn';
  }
}
