import { useEffect } from 'react';
import type { PropsWithChildren } from 'react';
import Taro from '@tarojs/taro';
import { devOpenid } from './services/identity';
import { initCloud } from './services/platform';
import './app.css';

initCloud();

function App({ children }: PropsWithChildren) {
  useEffect(() => {
    // In a browser there is no WeChat identity: choose a demo identity first. The condition is
    // spelled out here, not imported, so the WeChat build drops the branch and the page's address.
    if (process.env.TARO_ENV === 'h5' && !devOpenid() && !window.location.hash.includes('dev-login')) {
      void Taro.reLaunch({ url: '/pages/dev-login/index' });
    }
  }, []);
  return children;
}

export default App;
